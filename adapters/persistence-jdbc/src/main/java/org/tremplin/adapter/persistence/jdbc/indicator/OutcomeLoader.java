package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.List;
import java.util.Map;
import org.tremplin.domain.outcome.EmploymentOutcome;

/** Reads learners' follow-ups, for their timelines (the outcomes' table implements it). */
public interface OutcomeLoader {
    /** Every follow-up of these learners, by learner id, read in the caller's transaction. */
    Map<String, List<EmploymentOutcome>> outcomesByLearner(List<String> learnerIds);
}
