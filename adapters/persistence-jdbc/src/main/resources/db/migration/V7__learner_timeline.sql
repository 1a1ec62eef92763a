-- How each learner's share of the figures that depend on the report's day changes with that day
-- (org.tremplin.domain.indicator.LearnerTimeline): their situation at +6, +12, +18 and +24 months,
-- whether their latest situation is a job, whether they are in work-study without a contract. Worked
-- out by the domain and rewritten in the transaction of every write of a learner, a contract or an
-- outcome; a report as of a day sums the steps up to that day (docs/adr/0013-indicator-summaries.md).
-- No personal data: identifiers, dates, counts and the names of what they count.
CREATE TABLE learner_timeline (
    learner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    school_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    cohort_id   CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    on_date     DATE NOT NULL,
    value       BIGINT NOT NULL,
    PRIMARY KEY (learner_id, name, on_date),
    CONSTRAINT fk_timeline_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    -- Each scope's steps in date order, read from the index alone.
    INDEX ix_timeline_on (on_date, school_id, name, value),
    INDEX ix_timeline_school (school_id, on_date, name, value),
    INDEX ix_timeline_cohort (cohort_id, on_date, name, value)
) ENGINE = InnoDB;

-- The steps up to folded_through, summed per school: a report as of a later day adds to these only
-- the steps after it, a few days' worth, instead of every step since the first leaver. Moved forward
-- by the application (TimelineStore.fold); a write that adds a step on or before folded_through adds
-- it here too.
CREATE TABLE school_timeline_folded (
    school_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value      BIGINT NOT NULL,
    PRIMARY KEY (school_id, name),
    CONSTRAINT fk_timeline_folded_school FOREIGN KEY (school_id) REFERENCES school (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- One row. built: whether every learner's steps were worked out (false in a database made before
-- this table, until the application's next start fills them in).
CREATE TABLE timeline_fold (
    id              TINYINT NOT NULL,
    folded_through  DATE    NOT NULL,
    built           BOOLEAN NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;
INSERT INTO timeline_fold (id, folded_through, built) VALUES (1, '0999-12-31', FALSE);
