package com.yuanjing.itsm.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reading the times of a KPI record's facts from a query over history or the suite's own tables. */
public final class KpiFacts {

  private KpiFacts() {}

  /** A date variable of {@code ACT_HI_VARINST} (epoch milliseconds in {@code LONG_}); null where it is not set. */
  public static Instant epochMillis(ResultSet rs, String column) throws SQLException {
    long millis = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  /** A {@code TIMESTAMP WITH TIME ZONE} column of the suite's tables; null where it is not set. */
  public static Instant timestamp(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A yes/no fact as people read it. */
  public static String yesNo(boolean value) {
    return value ? "是" : "否";
  }
}
