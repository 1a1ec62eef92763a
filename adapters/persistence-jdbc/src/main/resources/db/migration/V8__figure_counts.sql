-- The figures of a report that add up (org.tremplin.domain.indicator.FigureCounts): the funnel,
-- learners by status and group, contracts and breaks, apprentices hosted and learners hired per
-- partner, counted per cohort and per school, changed in the transaction of every write of an
-- applicant, a learner, a contract or an outcome by what that write changed. A report over the
-- network, a region, a school or a cohort sums a few hundred of these rows
-- (docs/adr/0013-indicator-summaries.md). Counts about recognised disability live in their own
-- tables, as the disability statuses do, so that a reporting account can be denied them.
CREATE TABLE cohort_figure_count (
    cohort_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value      BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, name),
    CONSTRAINT fk_figure_count_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE school_figure_count (
    school_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value      BIGINT NOT NULL,
    PRIMARY KEY (school_id, name),
    CONSTRAINT fk_figure_count_school FOREIGN KEY (school_id) REFERENCES school (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE cohort_health_count (
    cohort_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value      BIGINT NOT NULL,
    PRIMARY KEY (cohort_id, name),
    CONSTRAINT fk_health_count_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE school_health_count (
    school_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name       VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value      BIGINT NOT NULL,
    PRIMARY KEY (school_id, name),
    CONSTRAINT fk_health_count_school FOREIGN KEY (school_id) REFERENCES school (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Filled from the records already stored at the application's next start (FigureCountStore):
-- SQL cannot apply the domain's rules.
