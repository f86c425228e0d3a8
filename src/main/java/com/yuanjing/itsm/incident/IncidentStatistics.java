package com.yuanjing.itsm.incident;

import static com.yuanjing.itsm.incident.IncidentProcess.Variables.*;

import com.yuanjing.itsm.kpi.ProcessVariables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts of incidents, answered by the database from the engine's history. Plain SQL rather than the engine's
 * history query: that one filters on the process definition table and scans every incident's variables, which
 * grows with the years of history on each new incident; this one starts from the incidents reported since the
 * time asked (index {@code ix_itsm_hi_procinst_key_start}). Processes call it on their own behalf, so it reads
 * without the caller's authorizations.
 */
@Component
public class IncidentStatistics {

  private static final String REPORTED = " FROM ACT_HI_PROCINST p"
      + ProcessVariables.join("sid", SERVICE_ID) + ProcessVariables.join("cat", CATEGORY)
      + " WHERE p.PROC_DEF_KEY_ = ? AND p.START_TIME_ >= ? AND sid.TEXT_ = ? AND cat.TEXT_ = ?";

  private final JdbcTemplate jdbc;

  public IncidentStatistics(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Incidents on a service with a category reported since the given time, open or closed. */
  public long countReported(String serviceId, String category, Instant since) {
    return jdbc.queryForObject("SELECT COUNT(*)" + REPORTED, Long.class, arguments(serviceId, category, since));
  }

  /** The business keys of those incidents, oldest first. */
  public List<String> keysReported(String serviceId, String category, Instant since) {
    return jdbc.queryForList("SELECT p.BUSINESS_KEY_" + REPORTED + " ORDER BY p.START_TIME_, p.BUSINESS_KEY_",
        String.class, arguments(serviceId, category, since));
  }

  /** The engine writes its timestamps in the server's time zone, and the driver sends this one in it too. */
  private static Object[] arguments(String serviceId, String category, Instant since) {
    return new Object[] {IncidentProcess.KEY, Timestamp.from(since), serviceId, category};
  }
}
