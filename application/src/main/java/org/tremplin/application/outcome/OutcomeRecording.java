package org.tremplin.application.outcome;

import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;

/** Inbound port: the follow-up of former learners, at +6 and +12 months and whenever news comes. */
public interface OutcomeRecording {
    /** Only for a learner who has left, observed on or after the day they left. */
    EmploymentOutcome record(LearnerId learner, OutcomeDetails details);

    EmploymentOutcome correct(OutcomeId id, long version, OutcomeDetails details);

    void delete(OutcomeId id, long version);

    EmploymentOutcome get(OutcomeId id);

    Page<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort, PageRequest page);
}
