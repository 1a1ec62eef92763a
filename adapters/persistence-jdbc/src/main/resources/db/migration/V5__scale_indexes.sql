-- Indexes that give the console's grids their order without sorting the whole table, measured on
-- 100,000 learners and 1,000,000 outcomes (docs/adr/0012-scale.md, ConsoleScaleBenchmark).
--
-- A list orders by its sort key then by id ascending, whatever the key's direction (pages never
-- skip nor repeat a row). InnoDB appends the primary key (id, ascending) to every secondary index,
-- so an index on (key DESC) is read in exactly the order "key DESC, id ASC": a page is read from the
-- index and the LIMIT stops the scan. A backward scan of (key) would give "key DESC, id DESC" and
-- the server sorts instead. MariaDB 10.8+ and MySQL 8 both keep DESC in an index.

-- Learners: by family name (both ways) within a status or a school, by enrolment date, newest first.
CREATE INDEX ix_learner_family_name_desc ON learner (family_name DESC);
CREATE INDEX ix_learner_status_family_name ON learner (status, family_name);
CREATE INDEX ix_learner_school_family_name ON learner (school_id, family_name);
CREATE INDEX ix_learner_enrolled_on_desc ON learner (enrolled_on DESC);

-- Applicants: newest application first, within a stage too.
CREATE INDEX ix_applicant_applied_on_desc ON applicant (applied_on DESC);
CREATE INDEX ix_applicant_stage_applied_on_desc ON applicant (stage, applied_on DESC);

-- Outcomes: latest observation first, within a situation too.
CREATE INDEX ix_outcome_observed_on_desc ON employment_outcome (observed_on DESC);
CREATE INDEX ix_outcome_situation_observed_on_desc ON employment_outcome (situation, observed_on DESC);

-- Contracts: latest start first, running or broken; by planned end.
CREATE INDEX ix_contract_start_date_desc ON work_study_contract (start_date DESC);
CREATE INDEX ix_contract_broken_start_date_desc ON work_study_contract (broken_on, start_date DESC);
CREATE INDEX ix_contract_planned_end_date ON work_study_contract (planned_end_date);

-- The indicators: a learner's outcomes by date, then id (latest first on the same day), with their
-- situation, so that picking one outcome per learner never reads the table itself. It serves the
-- foreign key to learner in place of ix_outcome_learner_observed, of which it is an extension.
CREATE INDEX ix_outcome_learner_situation ON employment_outcome (learner_id, observed_on, id, situation);
DROP INDEX ix_outcome_learner_observed ON employment_outcome;
