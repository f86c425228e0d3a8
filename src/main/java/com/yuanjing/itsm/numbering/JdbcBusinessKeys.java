package com.yuanjing.itsm.numbering;

import com.yuanjing.itsm.sla.BusinessCalendarProperties;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts per prefix and year in a table. The row lock taken by the UPDATE serialises concurrent
 * callers until their transaction ends, so a number is never handed out twice, even across nodes,
 * and a rolled-back report gives its number back.
 */
@Service
public class JdbcBusinessKeys implements BusinessKeys {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;
  private final ZoneId zone;

  public JdbcBusinessKeys(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
      BusinessCalendarProperties calendar) {
    this.jdbc = jdbc;
    this.separateTransaction = new TransactionTemplate(transactionManager);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.zone = calendar.zone();
  }

  @Override
  public String next(String prefix) {
    int year = ClockUtil.getCurrentTime().toInstant().atZone(zone).getYear();
    createCounterIfMissing(prefix, year);
    jdbc.update("UPDATE itsm_business_key_counter SET last_number = last_number + 1 WHERE prefix = ? AND key_year = ?",
        prefix, year);
    long number = jdbc.queryForObject(
        "SELECT last_number FROM itsm_business_key_counter WHERE prefix = ? AND key_year = ?", Long.class, prefix, year);
    return BusinessKeys.format(prefix, year, number);
  }

  // In its own transaction: on PostgreSQL a failed INSERT would abort the caller's transaction.
  private void createCounterIfMissing(String prefix, int year) {
    Integer rows = jdbc.queryForObject(
        "SELECT COUNT(*) FROM itsm_business_key_counter WHERE prefix = ? AND key_year = ?", Integer.class, prefix, year);
    if (rows != null && rows > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update(
          "INSERT INTO itsm_business_key_counter (prefix, key_year, last_number) VALUES (?, ?, 0)", prefix, year));
    } catch (DuplicateKeyException anotherCallerWasFirst) {
      // the counter exists now, which is all we need
    }
  }
}
