package org.tremplin.application.port.out;

import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import java.util.List;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;

/** The follow-ups of former learners. */
public interface EmploymentOutcomes extends Repository<EmploymentOutcome, OutcomeId> {
    Page<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort, PageRequest page);

    /** All of a learner's outcomes, earliest observation first. */
    List<EmploymentOutcome> ofLearner(LearnerId learner);

    void delete(OutcomeId id, long version);
}
