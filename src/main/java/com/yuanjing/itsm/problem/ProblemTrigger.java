package com.yuanjing.itsm.problem;

import java.util.List;

/**
 * An incident that asks for problem management.
 *
 * @param relatedIncidentKeys the incidents that made the rule fire (the same service and category lately),
 *     the triggering one included; a new problem is linked to all of them
 * @param source RECURRING_INCIDENTS or MAJOR_INCIDENT
 */
public record ProblemTrigger(String incidentKey, List<String> relatedIncidentKeys, String serviceId, String category,
    String summary, String source, String reason) {}
