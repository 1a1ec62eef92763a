package org.tremplin.adapter.persistence.jdbc.indicator;

import java.util.List;
import java.util.Map;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** Reads learners' contracts, for their timelines (the contracts' table implements it). */
public interface ContractLoader {
    /** Every contract of these learners, by learner id, read in the caller's transaction. */
    Map<String, List<WorkStudyContract>> contractsByLearner(List<String> learnerIds);
}
