package com.yuanjing.itsm.security;

import java.time.LocalDate;

/** One row of the risk register: a risk of one annual assessment, as far as it has been rated and treated. */
public record SecurityRisk(long id, String assessmentKey, int assessmentYear, int riskNumber, String asset,
    String threat, String vulnerability, Integer likelihood, Integer impact, String riskLevel, String treatment,
    String treatmentMeasure, String riskOwner, LocalDate treatmentDue, boolean approved) {

  /** A risk as the security officers list it: asset or service, threat, vulnerability. */
  public record Identified(String asset, String threat, String vulnerability) {}

  /**
   * The documented level rule (no decision table: it is a fixed matrix): likelihood × impact, each 1-5;
   * 15-25 HIGH (高), 8-14 MEDIUM (中), 1-7 LOW (低).
   */
  public static String level(int likelihood, int impact) {
    int score = likelihood * impact;
    return score >= 15 ? "HIGH" : score >= 8 ? "MEDIUM" : "LOW";
  }
}
