-- What each learner brings to the report of each partner that hosted or hired them
-- (org.tremplin.domain.indicator.PartnerShares), kept with the learner's timeline (TimelineStore),
-- and the sums per partner, so that a partner's report, like a school's, sums a few rows
-- (docs/adr/0013-indicator-summaries.md).
CREATE TABLE partner_figure_share (
    partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    learner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value       BIGINT NOT NULL,
    PRIMARY KEY (learner_id, partner_id, name),
    CONSTRAINT fk_partner_share_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE partner_figure_count (
    partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value       BIGINT NOT NULL,
    PRIMARY KEY (partner_id, name),
    CONSTRAINT fk_partner_count_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- The same for the counts about recognised disability, apart as the statuses are.
CREATE TABLE partner_health_share (
    partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    learner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value       BIGINT NOT NULL,
    PRIMARY KEY (learner_id, partner_id, name),
    CONSTRAINT fk_partner_health_share_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE partner_health_count (
    partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value       BIGINT NOT NULL,
    PRIMARY KEY (partner_id, name),
    CONSTRAINT fk_partner_health_count_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE
) ENGINE = InnoDB;

CREATE TABLE partner_timeline (
    partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    learner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    on_date     DATE NOT NULL,
    value       BIGINT NOT NULL,
    PRIMARY KEY (learner_id, partner_id, name, on_date),
    CONSTRAINT fk_partner_timeline_learner FOREIGN KEY (learner_id) REFERENCES learner (id) ON DELETE CASCADE,
    INDEX ix_partner_timeline (partner_id, on_date, name, value),
    INDEX ix_partner_timeline_on (on_date, partner_id, name, value)
) ENGINE = InnoDB;

CREATE TABLE partner_timeline_folded (
    partner_id  CHAR(36) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(80) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    value       BIGINT NOT NULL,
    PRIMARY KEY (partner_id, name),
    CONSTRAINT fk_partner_folded_partner FOREIGN KEY (partner_id) REFERENCES partner (id) ON DELETE CASCADE
) ENGINE = InnoDB;

-- Every learner's summaries are worked out again at the next start, partners' included.
UPDATE timeline_fold SET built = FALSE;
DELETE FROM learner_timeline;
DELETE FROM school_timeline_folded;
UPDATE timeline_fold SET folded_through = '0999-12-31';
