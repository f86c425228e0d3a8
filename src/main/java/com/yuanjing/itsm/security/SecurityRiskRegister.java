package com.yuanjing.itsm.security;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The risk register (table itsm_security_risk). Written only by the risk assessment process; read by
 * {@code GET /api/security-risks}. The model reads the risks of an assessment as its multi-instance collection:
 * {@code ${securityRiskRegister.ids(assessmentNumber)}}.
 */
@Repository("securityRiskRegister")
public class SecurityRiskRegister {

  private static final String COLUMNS = "id, assessment_key, assessment_year, risk_number, asset, threat, vulnerability,"
      + " likelihood, impact, risk_level, treatment, treatment_measure, risk_owner, treatment_due, approved";

  private final JdbcTemplate jdbc;

  public SecurityRiskRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The risks of an assessment as identified now, replacing those of an earlier round (after a return). */
  public void replace(String assessmentKey, int year, List<SecurityRisk.Identified> risks) {
    jdbc.update("DELETE FROM itsm_security_risk WHERE assessment_key = ?", assessmentKey);
    int number = 0;
    for (SecurityRisk.Identified risk : risks) {
      jdbc.update("INSERT INTO itsm_security_risk (assessment_key, assessment_year, risk_number, asset, threat,"
          + " vulnerability, approved) VALUES (?, ?, ?, ?, ?, ?, FALSE)", assessmentKey, year, ++number, risk.asset(),
          risk.threat(), risk.vulnerability());
    }
  }

  /** The row ids of an assessment's risks, in their listed order. */
  public List<Long> ids(String assessmentKey) {
    return jdbc.queryForList("SELECT id FROM itsm_security_risk WHERE assessment_key = ? ORDER BY risk_number",
        Long.class, assessmentKey);
  }

  public Optional<SecurityRisk> find(long id) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_security_risk WHERE id = ?", SecurityRiskRegister::risk, id)
        .stream().findFirst();
  }

  public void rate(long id, int likelihood, int impact) {
    jdbc.update("UPDATE itsm_security_risk SET likelihood = ?, impact = ?, risk_level = ? WHERE id = ?", likelihood,
        impact, SecurityRisk.level(likelihood, impact), id);
  }

  public void treat(long id, String treatment, String measure, String owner, LocalDate due) {
    jdbc.update("UPDATE itsm_security_risk SET treatment = ?, treatment_measure = ?, risk_owner = ?, treatment_due = ?"
        + " WHERE id = ?", treatment, measure, owner, Date.valueOf(due), id);
  }

  public void approve(String assessmentKey) {
    jdbc.update("UPDATE itsm_security_risk SET approved = TRUE WHERE assessment_key = ?", assessmentKey);
  }

  /** The register of a year: every assessment of it, approved or still in progress. */
  public List<SecurityRisk> ofYear(int year) {
    return jdbc.query("SELECT " + COLUMNS + " FROM itsm_security_risk WHERE assessment_year = ?"
        + " ORDER BY assessment_key, risk_number", SecurityRiskRegister::risk, year);
  }

  private static SecurityRisk risk(ResultSet rs, int row) throws SQLException {
    Date due = rs.getDate("treatment_due");
    return new SecurityRisk(rs.getLong("id"), rs.getString("assessment_key"), rs.getInt("assessment_year"),
        rs.getInt("risk_number"), rs.getString("asset"), rs.getString("threat"), rs.getString("vulnerability"),
        (Integer) rs.getObject("likelihood", Integer.class), (Integer) rs.getObject("impact", Integer.class),
        rs.getString("risk_level"), rs.getString("treatment"), rs.getString("treatment_measure"),
        rs.getString("risk_owner"), due == null ? null : due.toLocalDate(), rs.getBoolean("approved"));
  }
}
