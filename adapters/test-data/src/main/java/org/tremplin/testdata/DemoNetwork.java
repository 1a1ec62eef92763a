package org.tremplin.testdata;

import java.util.List;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.indicator.IndicatorInputs;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.school.School;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * A whole demo network, as {@link DemoNetworkGenerator} makes it. Every record has version 0 (it
 * was never saved) and the components are in an order that can be saved front to back: each list
 * only refers to records of the lists before it.
 */
public record DemoNetwork(
        List<Programme> programmes,
        List<School> schools,
        List<Partner> partners,
        List<Cohort> cohorts,
        List<Applicant> applicants,
        List<Learner> learners,
        List<WorkStudyContract> contracts,
        List<EmploymentOutcome> outcomes,
        List<FundingCommitment> commitments,
        List<ParityRule> parityRules) {

    public DemoNetwork {
        programmes = List.copyOf(programmes);
        schools = List.copyOf(schools);
        partners = List.copyOf(partners);
        cohorts = List.copyOf(cohorts);
        applicants = List.copyOf(applicants);
        learners = List.copyOf(learners);
        contracts = List.copyOf(contracts);
        outcomes = List.copyOf(outcomes);
        commitments = List.copyOf(commitments);
        parityRules = List.copyOf(parityRules);
    }

    /** The whole network as the indicators read it. */
    public IndicatorInputs indicatorInputs() {
        return new IndicatorInputs(applicants, learners, contracts, outcomes, commitments, parityRules);
    }
}
