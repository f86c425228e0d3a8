package com.yuanjing.itsm.servicelevel;

/**
 * The SLA attainment (SLA达成率) of one service, or of all services together, in one period.
 *
 * @param serviceId null for the total over all services
 * @param incidents incidents counted in the period
 * @param met those responded to and resolved on time
 * @param attainment met / incidents, between 0 and 1; null without incidents
 * @param belowTarget whether the attainment is below the target (never without incidents)
 */
public record ServiceAttainment(String serviceId, String serviceName, long incidents, long met, Double attainment,
    boolean belowTarget) {

  static ServiceAttainment of(String serviceId, String serviceName, long incidents, long met, double target) {
    Double attainment = incidents == 0 ? null : (double) met / incidents;
    return new ServiceAttainment(serviceId, serviceName, incidents, met, attainment,
        attainment != null && attainment < target);
  }
}
