-- The service catalogue (服务目录): the current entry of every service, one row per service, and every
-- published version kept unchanged. Services are published by the service level management process;
-- the services of itsm.services are published as version 1 at the first start.

-- The current entry. A DRAFT reserves the id of a new service while its service level management
-- process runs (version 0, nothing published yet); PUBLISHED services can be chosen in every process.
CREATE TABLE itsm_service (
  service_id          VARCHAR(64)              NOT NULL,
  version             INTEGER                  NOT NULL,
  status              VARCHAR(16)              NOT NULL,
  name                VARCHAR(100)             NOT NULL,
  customer            VARCHAR(100),
  service_level       VARCHAR(16),
  support_hours       VARCHAR(16),
  service_hours       VARCHAR(16),
  key_service         BOOLEAN                  NOT NULL,
  maintenance_windows VARCHAR(1000),
  service_owner       VARCHAR(64),
  sla_document        VARCHAR(500),
  sla_valid_from      DATE,
  sla_valid_to        DATE,
  published_at        TIMESTAMP WITH TIME ZONE,
  published_by        VARCHAR(64),
  source_key          VARCHAR(32),
  CONSTRAINT pk_itsm_service PRIMARY KEY (service_id),
  CONSTRAINT ck_itsm_service_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED'))
);

-- Every published version, never updated. A service level management process publishes once: the
-- unique source key makes a retried job harmless. Seeded versions have no source key.
CREATE TABLE itsm_service_version (
  service_id          VARCHAR(64)              NOT NULL,
  version             INTEGER                  NOT NULL,
  name                VARCHAR(100)             NOT NULL,
  customer            VARCHAR(100),
  service_level       VARCHAR(16)              NOT NULL,
  support_hours       VARCHAR(16)              NOT NULL,
  service_hours       VARCHAR(16)              NOT NULL,
  key_service         BOOLEAN                  NOT NULL,
  maintenance_windows VARCHAR(1000),
  service_owner       VARCHAR(64),
  sla_document        VARCHAR(500),
  sla_valid_from      DATE,
  sla_valid_to        DATE,
  published_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by        VARCHAR(64)              NOT NULL,
  source_key          VARCHAR(32),
  CONSTRAINT pk_itsm_service_version PRIMARY KEY (service_id, version),
  CONSTRAINT uq_itsm_service_version_source UNIQUE (source_key)
);
