-- The school network: every aggregate of the domain, one table each (plus the lists they hold).
-- Runs unchanged on MySQL 8 and MariaDB 10.11+. Released migrations are never edited: add a new one.
--
-- Conventions
--   ids       CHAR(36) in ASCII with a binary collation: UUIDs assigned by the application, whose
--             text order is the order the application sorts ids by (see Identifiers.ORDER).
--   version   optimistic locking: an update applies only over the version it read.
--   text      utf8mb4 with utf8mb4_unicode_ci: comparisons and unique keys ignore case and accents,
--             as the in-memory adapter does.
--   money     whole cents in BIGINT, never floating point.
--   dates     DATE.
--   health    recognised disability (RQTH) lives in tables of its own, so that database grants can
--             keep it from accounts that need the rest.

CREATE TABLE school (
    id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version      BIGINT       NOT NULL,
    name         VARCHAR(120) NOT NULL,
    town         VARCHAR(100) NOT NULL,
    region       VARCHAR(40)  NOT NULL,
    departement  VARCHAR(3)   NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    opened_on    DATE         NULL,
    closed_on    DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_school_name UNIQUE (name),
    INDEX ix_school_region (region),
    INDEX ix_school_status (status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE programme (
    id                 CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version            BIGINT       NOT NULL,
    title              VARCHAR(150) NOT NULL,
    rncp_code          VARCHAR(10)  NULL,
    level              SMALLINT     NULL,
    centre_months      SMALLINT     NOT NULL,
    work_study_months  SMALLINT     NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cohort (
    id                 CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version            BIGINT      NOT NULL,
    school_id          CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    programme_id       CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name               VARCHAR(80) NOT NULL,
    start_date         DATE        NOT NULL,
    seats              SMALLINT    NOT NULL,
    centre_months      SMALLINT    NOT NULL,
    work_study_months  SMALLINT    NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_cohort_school_name UNIQUE (school_id, name),
    CONSTRAINT fk_cohort_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_cohort_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    INDEX ix_cohort_start_date (start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner (
    id          CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version     BIGINT       NOT NULL,
    legal_name  VARCHAR(150) NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    siret       CHAR(14) CHARACTER SET ascii NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_siret UNIQUE (siret),
    INDEX ix_partner_kind (kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The roles a partner plays for a school: one row per role.
CREATE TABLE partner_engagement (
    partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    school_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    role        VARCHAR(20) NOT NULL,
    PRIMARY KEY (partner_id, school_id, role),
    CONSTRAINT fk_engagement_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE,
    CONSTRAINT fk_engagement_school FOREIGN KEY (school_id) REFERENCES school (id),
    INDEX ix_engagement_school_role (school_id, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE applicant (
    id                      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version                 BIGINT       NOT NULL,
    cohort_id               CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    given_name              VARCHAR(80)  NOT NULL,
    family_name             VARCHAR(80)  NOT NULL,
    email                   VARCHAR(254) NOT NULL,
    gender                  VARCHAR(12)  NOT NULL,
    date_of_birth           DATE         NOT NULL,
    job_seeker_since        DATE         NULL,
    priority_neighbourhood  BOOLEAN      NOT NULL,
    highest_diploma         VARCHAR(20)  NOT NULL,
    -- Derived from the history below, kept here for lists, filters and indicators.
    applied_on              DATE         NOT NULL,
    stage                   VARCHAR(12)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_applicant_cohort_email UNIQUE (cohort_id, email),
    CONSTRAINT fk_applicant_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    INDEX ix_applicant_stage (stage),
    INDEX ix_applicant_applied_on (applied_on),
    INDEX ix_applicant_family_name (family_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE applicant_stage (
    applicant_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position      SMALLINT    NOT NULL,
    stage         VARCHAR(12) NOT NULL,
    changed_on    DATE        NOT NULL,
    PRIMARY KEY (applicant_id, position),
    CONSTRAINT fk_stage_applicant FOREIGN KEY (applicant_id) REFERENCES applicant (id) ON DELETE CASCADE,
    INDEX ix_applicant_stage_stage (stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE applicant_disability (
    applicant_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status        VARCHAR(16) NOT NULL,
    PRIMARY KEY (applicant_id),
    CONSTRAINT fk_disability_applicant FOREIGN KEY (applicant_id) REFERENCES applicant (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learner (
    id                      CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version                 BIGINT       NOT NULL,
    school_id               CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cohort_id               CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    applicant_id            CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
    given_name              VARCHAR(80)  NOT NULL,
    family_name             VARCHAR(80)  NOT NULL,
    email                   VARCHAR(254) NOT NULL,
    gender                  VARCHAR(12)  NOT NULL,
    date_of_birth           DATE         NOT NULL,
    job_seeker_since        DATE         NULL,
    priority_neighbourhood  BOOLEAN      NOT NULL,
    highest_diploma         VARCHAR(20)  NOT NULL,
    enrolled_on             DATE         NOT NULL,
    centre_started_on       DATE         NULL,
    work_study_started_on   DATE         NULL,
    graduated_on            DATE         NULL,
    dropped_out_on          DATE         NULL,
    drop_out_reason         VARCHAR(24)  NULL,
    -- Derived from the dates above, kept here for lists, filters and indicators.
    status                  VARCHAR(14)  NOT NULL,
    left_on                 DATE         NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_learner_email UNIQUE (email),
    CONSTRAINT fk_learner_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_learner_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_learner_applicant FOREIGN KEY (applicant_id) REFERENCES applicant (id),
    INDEX ix_learner_school_status (school_id, status),
    INDEX ix_learner_cohort (cohort_id),
    INDEX ix_learner_status (status),
    INDEX ix_learner_enrolled_on (enrolled_on),
    INDEX ix_learner_family_name (family_name),
    INDEX ix_learner_left_on (left_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE learner_disability (
    learner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    status      VARCHAR(16) NOT NULL,
    PRIMARY KEY (learner_id),
    CONSTRAINT fk_disability_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE funding_commitment (
    id            CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version       BIGINT   NOT NULL,
    funder_id     CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    school_id     CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cohort_id     CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
    amount_cents  BIGINT   NOT NULL,
    year          SMALLINT NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_funding_amount_positive CHECK (amount_cents > 0),
    CONSTRAINT fk_funding_funder FOREIGN KEY (funder_id) REFERENCES partner (id),
    CONSTRAINT fk_funding_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_funding_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    INDEX ix_funding_school_year (school_id, year),
    INDEX ix_funding_funder (funder_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE parity_rule (
    id                CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version           BIGINT NOT NULL,
    school_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cohort_id         CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
    first_funder_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    second_funder_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_parity_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_parity_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_parity_first FOREIGN KEY (first_funder_id) REFERENCES partner (id),
    CONSTRAINT fk_parity_second FOREIGN KEY (second_funder_id) REFERENCES partner (id),
    INDEX ix_parity_school (school_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE work_study_contract (
    id                CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version           BIGINT       NOT NULL,
    learner_id        CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    host_id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    start_date        DATE         NOT NULL,
    planned_end_date  DATE         NOT NULL,
    job_title         VARCHAR(120) NOT NULL,
    tutor_name        VARCHAR(120) NOT NULL,
    broken_on         DATE         NULL,
    broken_by         VARCHAR(20)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_contract_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_contract_host FOREIGN KEY (host_id) REFERENCES partner (id),
    INDEX ix_contract_learner_start (learner_id, start_date),
    INDEX ix_contract_host (host_id),
    INDEX ix_contract_start_date (start_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE employment_outcome (
    id                   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version              BIGINT       NOT NULL,
    learner_id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    observed_on          DATE         NOT NULL,
    situation            VARCHAR(30)  NOT NULL,
    employer_partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL,
    employer_name        VARCHAR(150) NULL,
    job_title            VARCHAR(120) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_outcome_learner FOREIGN KEY (learner_id) REFERENCES learner (id),
    CONSTRAINT fk_outcome_employer FOREIGN KEY (employer_partner_id) REFERENCES partner (id),
    INDEX ix_outcome_learner_observed (learner_id, observed_on),
    INDEX ix_outcome_observed_on (observed_on),
    INDEX ix_outcome_situation (situation),
    INDEX ix_outcome_employer (employer_partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: who changed what, when. Identifiers only, never personal data.
CREATE TABLE audit_entry (
    sequence     BIGINT       NOT NULL AUTO_INCREMENT,
    at           DATETIME(6)  NOT NULL, -- UTC
    actor        VARCHAR(80)  NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    record_type  VARCHAR(40)  NOT NULL,
    record_id    VARCHAR(64)  NOT NULL,
    PRIMARY KEY (sequence),
    INDEX ix_audit_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
