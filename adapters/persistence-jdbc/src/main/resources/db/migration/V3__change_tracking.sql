-- Change tracking for integrators: when each record last changed (for the "updated since" filters
-- of the lists), and the idempotency keys of their requests.
-- Runs unchanged on MySQL 8 and MariaDB 10.11+. Released migrations are never edited: add a new one.

-- updated_at: the UTC instant of a row's last insert or update, set by the adapter from the
-- application's clock (not by the server's, whose zone and time may differ). Rows written before
-- this migration get the instant it ran: their last change is unknown, and a client asking for
-- what changed since an earlier instant must receive them rather than miss them. Filled in before
-- NOT NULL is set, with no default left behind, so that a write forgetting the column fails.
SET @tracking_started = UTC_TIMESTAMP(6);

ALTER TABLE school ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE school SET updated_at = @tracking_started;
ALTER TABLE school MODIFY updated_at DATETIME(6) NOT NULL, ADD INDEX ix_school_updated_at (updated_at);

ALTER TABLE programme ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE programme SET updated_at = @tracking_started;
ALTER TABLE programme MODIFY updated_at DATETIME(6) NOT NULL, ADD INDEX ix_programme_updated_at (updated_at);

ALTER TABLE cohort ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE cohort SET updated_at = @tracking_started;
ALTER TABLE cohort MODIFY updated_at DATETIME(6) NOT NULL, ADD INDEX ix_cohort_updated_at (updated_at);

ALTER TABLE partner ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE partner SET updated_at = @tracking_started;
ALTER TABLE partner MODIFY updated_at DATETIME(6) NOT NULL, ADD INDEX ix_partner_updated_at (updated_at);

ALTER TABLE applicant ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE applicant SET updated_at = @tracking_started;
ALTER TABLE applicant MODIFY updated_at DATETIME(6) NOT NULL, ADD INDEX ix_applicant_updated_at (updated_at);

ALTER TABLE learner ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE learner SET updated_at = @tracking_started;
ALTER TABLE learner MODIFY updated_at DATETIME(6) NOT NULL, ADD INDEX ix_learner_updated_at (updated_at);

ALTER TABLE funding_commitment ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE funding_commitment SET updated_at = @tracking_started;
ALTER TABLE funding_commitment MODIFY updated_at DATETIME(6) NOT NULL,
    ADD INDEX ix_funding_updated_at (updated_at);

-- Parity rules have no list, but every versioned table is written the same way.
ALTER TABLE parity_rule ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE parity_rule SET updated_at = @tracking_started;
ALTER TABLE parity_rule MODIFY updated_at DATETIME(6) NOT NULL;

ALTER TABLE work_study_contract ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE work_study_contract SET updated_at = @tracking_started;
ALTER TABLE work_study_contract MODIFY updated_at DATETIME(6) NOT NULL,
    ADD INDEX ix_contract_updated_at (updated_at);

ALTER TABLE employment_outcome ADD COLUMN updated_at DATETIME(6) NULL;
UPDATE employment_outcome SET updated_at = @tracking_started;
ALTER TABLE employment_outcome MODIFY updated_at DATETIME(6) NOT NULL,
    ADD INDEX ix_outcome_updated_at (updated_at);

-- One row per idempotency key of a caller (IETF draft "The Idempotency-Key HTTP Header Field").
-- The primary key is the unique key that makes a claim atomic across processes: of two inserts of
-- one key, the second waits for the first to commit, then is refused. Actor and key are VARBINARY
-- so that they compare byte for byte: a text collation would match "abc" with "ABC", or with "abc ".
-- A row without status is a claim whose request is still running. Rows are kept 24 hours.
CREATE TABLE idempotency_record (
    actor                  VARBINARY(255) NOT NULL,
    idem_key               VARBINARY(255) NOT NULL,
    request_fingerprint    VARCHAR(255)   NOT NULL,
    created_at             DATETIME(6)    NOT NULL, -- UTC
    response_status        SMALLINT       NULL,
    response_content_type  VARCHAR(255)   NULL,
    response_headers       MEDIUMTEXT     NULL, -- name=value&..., percent-encoded
    response_body          MEDIUMBLOB     NULL,
    PRIMARY KEY (actor, idem_key),
    INDEX ix_idempotency_created_at (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
