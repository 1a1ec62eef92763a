-- Indexes for the dashboard's report, measured on 100,000 learners and 1,000,000 outcomes
-- (docs/adr/0012-scale.md, ConsoleScaleBenchmark).

-- The partners' contributions: the outcomes naming an employer, with their situation and learner,
-- read from the index alone instead of a table row per outcome (network: 3.9 s -> 1.0 s). It serves
-- the foreign key to partner in place of ix_outcome_employer, of which it is an extension.
CREATE INDEX ix_outcome_employer_situation ON employment_outcome (employer_partner_id, situation, learner_id);
DROP INDEX ix_outcome_employer ON employment_outcome;
