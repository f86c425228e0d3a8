package com.yuanjing.itsm.incident;

import com.yuanjing.itsm.kpi.IncidentFactsRecorder;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts of incidents, answered by the database from the incidents' final variables ({@code itsm_incident_facts},
 * index {@code ix_itsm_incident_facts_service}): only the incidents of the service and category asked are read,
 * however many years of history there are. Processes call it on their own behalf, so it reads without the
 * caller's authorizations.
 */
@Component
public class IncidentStatistics {

  private static final String REPORTED = IncidentFactsRecorder.FROM_FACTS
      + " WHERE f.service_id = ? AND f.category = ? AND f.reported_at >= ?";

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
    return jdbc.queryForList("SELECT p.BUSINESS_KEY_" + REPORTED + " ORDER BY f.reported_at, p.BUSINESS_KEY_",
        String.class, arguments(serviceId, category, since));
  }

  private static Object[] arguments(String serviceId, String category, Instant since) {
    return new Object[] {serviceId, category, since.toEpochMilli()};
  }
}
