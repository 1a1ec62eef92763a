package org.tremplin.domain.indicator;

import java.util.List;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Everything the indicators are computed from, already narrowed by the caller to one scope (a
 * school, a cohort, a region, a partner or the whole network): the indicators themselves never
 * filter by scope.
 */
public record IndicatorInputs(
        List<Applicant> applicants,
        List<Learner> learners,
        List<WorkStudyContract> contracts,
        List<EmploymentOutcome> outcomes,
        List<FundingCommitment> commitments,
        List<ParityRule> parityRules) {

    public IndicatorInputs {
        applicants = List.copyOf(applicants);
        learners = List.copyOf(learners);
        contracts = List.copyOf(contracts);
        outcomes = List.copyOf(outcomes);
        commitments = List.copyOf(commitments);
        parityRules = List.copyOf(parityRules);
    }
}
