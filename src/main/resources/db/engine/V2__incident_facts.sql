-- One row per incident with the final values of the process variables its KPIs count, so that a quarter's
-- incident KPIs read one row per incident instead of a dozen rows of ACT_HI_VARINST (docs/kpis.md#incident-facts).
-- IncidentFactsRecorder keeps it in step from the engine's history events, in the engine's transaction; column
-- names are the variables' names in snake case. Text columns are as wide as ACT_HI_VARINST.TEXT_.
CREATE TABLE itsm_incident_facts (
  proc_inst_id VARCHAR(64) NOT NULL PRIMARY KEY,
  service_id VARCHAR(4000),
  category VARCHAR(4000),
  priority VARCHAR(4000),
  reported_at BIGINT,
  response_due_at BIGINT,
  responded_at BIGINT,
  resolution_due_at BIGINT,
  resolved_at BIGINT,
  sla_paused_millis BIGINT,
  reopen_count BIGINT,
  closed_at BIGINT,
  closure_code VARCHAR(4000)
);

-- Incidents closed in a period (SLA attainment, response and resolution on time).
CREATE INDEX ix_itsm_incident_facts_closed ON itsm_incident_facts (closed_at);
-- Incidents of a category reported in a period (capacity incidents).
CREATE INDEX ix_itsm_incident_facts_category ON itsm_incident_facts (category, reported_at);
-- Incidents of a service and category reported since a time (recurring incidents).
CREATE INDEX ix_itsm_incident_facts_service ON itsm_incident_facts (service_id, category, reported_at);

-- Recurring incidents were counted over ACT_HI_PROCINST by start time; they are counted here now.
DROP INDEX ix_itsm_hi_procinst_key_start;
