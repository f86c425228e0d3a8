-- Service continuity (服务连续性, docs/continuity-management.md): the continuity plan of every key service
-- with every version kept, and the results of the continuity drills with their improvement actions, which
-- ISO/IEC 20000-1 (8.7.2) asks to be kept. Plans are written over REST by ops managers, drill results and
-- actions only by the continuity drill process.

-- Every version of a plan, never updated: the highest version of a service is the plan in force.
CREATE TABLE itsm_continuity_plan (
  service_id      VARCHAR(64)              NOT NULL,
  version         INTEGER                  NOT NULL,
  recovery_steps  VARCHAR(8000)            NOT NULL,
  rto_minutes     INTEGER                  NOT NULL,
  rpo_minutes     INTEGER                  NOT NULL,
  plan_owner      VARCHAR(64)              NOT NULL,
  last_reviewed   DATE                     NOT NULL,
  recorded_by     VARCHAR(64)              NOT NULL,
  recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_itsm_continuity_plan PRIMARY KEY (service_id, version),
  CONSTRAINT ck_itsm_continuity_plan_targets CHECK (rto_minutes > 0 AND rpo_minutes >= 0)
);

-- The result of one drill (演练), written once when the drill has been executed; drill_key is the business
-- key of its process instance (DRL-2026-000001). The targets are those of the plan version in force then.
CREATE TABLE itsm_continuity_drill (
  drill_key             VARCHAR(32)              NOT NULL,
  service_id            VARCHAR(64)              NOT NULL,
  plan_version          INTEGER                  NOT NULL,
  trigger_type          VARCHAR(16)              NOT NULL,
  reason                VARCHAR(500)             NOT NULL,
  scenario              VARCHAR(2000)            NOT NULL,
  participants          VARCHAR(1000)            NOT NULL,
  planned_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  started_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  ended_at              TIMESTAMP WITH TIME ZONE NOT NULL,
  rto_target_minutes    INTEGER                  NOT NULL,
  rpo_target_minutes    INTEGER                  NOT NULL,
  rto_achieved_minutes  INTEGER                  NOT NULL,
  rpo_achieved_minutes  INTEGER                  NOT NULL,
  failed_for_findings   BOOLEAN                  NOT NULL,
  passed                BOOLEAN                  NOT NULL,
  findings              VARCHAR(4000),
  executed_by           VARCHAR(64)              NOT NULL,
  recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_itsm_continuity_drill PRIMARY KEY (drill_key),
  CONSTRAINT fk_itsm_continuity_drill_plan FOREIGN KEY (service_id, plan_version)
    REFERENCES itsm_continuity_plan (service_id, version),
  CONSTRAINT ck_itsm_continuity_drill_trigger CHECK (trigger_type IN ('SCHEDULED', 'MAJOR_CHANGE', 'REQUESTED')),
  CONSTRAINT ck_itsm_continuity_drill_end CHECK (ended_at >= started_at)
);

CREATE INDEX ix_itsm_continuity_drill_service ON itsm_continuity_drill (service_id, started_at);

-- The improvement actions (改进措施) raised by a failed drill, each with its owner and due date.
CREATE TABLE itsm_continuity_action (
  drill_key     VARCHAR(32)              NOT NULL,
  action_no     INTEGER                  NOT NULL,
  description   VARCHAR(2000)            NOT NULL,
  action_owner  VARCHAR(64)              NOT NULL,
  due_date      DATE                     NOT NULL,
  recorded_by   VARCHAR(64)              NOT NULL,
  recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT pk_itsm_continuity_action PRIMARY KEY (drill_key, action_no),
  CONSTRAINT fk_itsm_continuity_action_drill FOREIGN KEY (drill_key) REFERENCES itsm_continuity_drill (drill_key)
);
