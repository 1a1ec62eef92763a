-- Each learner's follow-ups as the domain works them out (org.tremplin.domain.indicator.FollowUp),
-- kept in the same transaction as every write of a learner or an outcome, and rebuilt by bulk loads:
-- a report only counts these rows (docs/adr/0013-indicator-summaries.md). One row per learner.
-- Per horizon (6, 12, 18, 24 months after leaving): the snapshot date, the situation that stands
-- for it (NULL: no follow-up near enough, counted as unknown) and the day that follow-up was
-- observed, which tells a report as of an earlier day that it must work the situation out again.
-- No personal data: identifiers, dates and situation codes only.
CREATE TABLE learner_follow_up (
    learner_id          CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    school_id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cohort_id           CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    leaving_year        SMALLINT     NULL,
    snapshot_on_6       DATE         NULL,
    situation_6         VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    decided_by_6        DATE         NULL,
    snapshot_on_12      DATE         NULL,
    situation_12        VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    decided_by_12       DATE         NULL,
    snapshot_on_18      DATE         NULL,
    situation_18        VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    decided_by_18       DATE         NULL,
    snapshot_on_24      DATE         NULL,
    situation_24        VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    decided_by_24       DATE         NULL,
    latest_situation    VARCHAR(30) CHARACTER SET ascii COLLATE ascii_bin NULL,
    latest_observed_on  DATE         NULL,
    PRIMARY KEY (learner_id),
    CONSTRAINT fk_follow_up_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    INDEX ix_follow_up_school (school_id),
    INDEX ix_follow_up_cohort (cohort_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Filled from the learners and outcomes already stored by the application at its next start
-- (FollowUpStore.rebuildWhereMissing): SQL cannot apply the domain's rules.
