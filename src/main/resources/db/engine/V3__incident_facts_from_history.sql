-- The facts of the incidents that were in history before itsm_incident_facts existed: the final value of each
-- process-level variable, as the KPI queries read them from ACT_HI_VARINST (docs/kpis.md#incident-facts).
INSERT INTO itsm_incident_facts (proc_inst_id, service_id, category, priority, reported_at, response_due_at,
    responded_at, resolution_due_at, resolved_at, sla_paused_millis, reopen_count, closed_at, closure_code)
SELECT v.PROC_INST_ID_,
    MAX(CASE WHEN v.NAME_ = 'serviceId' THEN v.TEXT_ END),
    MAX(CASE WHEN v.NAME_ = 'category' THEN v.TEXT_ END),
    MAX(CASE WHEN v.NAME_ = 'priority' THEN v.TEXT_ END),
    MAX(CASE WHEN v.NAME_ = 'reportedAt' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'responseDueAt' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'respondedAt' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'resolutionDueAt' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'resolvedAt' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'slaPausedMillis' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'reopenCount' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'closedAt' THEN v.LONG_ END),
    MAX(CASE WHEN v.NAME_ = 'closureCode' THEN v.TEXT_ END)
FROM ACT_HI_VARINST v
WHERE v.PROC_DEF_KEY_ = 'incidentManagement' AND v.EXECUTION_ID_ = v.PROC_INST_ID_ AND v.STATE_ = 'CREATED'
  AND v.NAME_ IN ('serviceId', 'category', 'priority', 'reportedAt', 'responseDueAt', 'respondedAt',
    'resolutionDueAt', 'resolvedAt', 'slaPausedMillis', 'reopenCount', 'closedAt', 'closureCode')
  AND NOT EXISTS (SELECT 1 FROM itsm_incident_facts f WHERE f.proc_inst_id = v.PROC_INST_ID_)
GROUP BY v.PROC_INST_ID_;
