-- Sequential, human-readable business keys per prefix and year (INC-2026-000123).
CREATE TABLE itsm_business_key_counter (
  prefix      VARCHAR(16) NOT NULL,
  key_year    INTEGER     NOT NULL,
  last_number BIGINT      NOT NULL,
  CONSTRAINT pk_itsm_business_key_counter PRIMARY KEY (prefix, key_year)
);
