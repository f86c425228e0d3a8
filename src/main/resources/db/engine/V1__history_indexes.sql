-- Indexes the suite's own queries need on the engine's history tables, beyond those the engine creates
-- (docs/kpis.md#indexes). Names start with ix_itsm_ so that they are never mistaken for the engine's.

-- Problems, changes and releases that ended in a period (KPIs); the open problems of a service.
CREATE INDEX ix_itsm_hi_procinst_key_end ON ACT_HI_PROCINST (PROC_DEF_KEY_, END_TIME_);
-- Incidents reported on a service since a time (recurring incidents, major incident detection).
CREATE INDEX ix_itsm_hi_procinst_key_start ON ACT_HI_PROCINST (PROC_DEF_KEY_, START_TIME_);
-- Instances whose date variable falls in a period, e.g. incidents closed or reported in a quarter (KPIs).
CREATE INDEX ix_itsm_hi_varinst_name_long ON ACT_HI_VARINST (NAME_, LONG_);
