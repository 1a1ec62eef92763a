package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Work-study contracts and their breaks.
 *
 * @param learnersInWorkStudyWithoutContract learners in their work-study phase with no contract running
 *                                           on the report's date: the ones a school must help find a host
 */
public record ContractIndicators(long contracts, long broken, Rate breakRate, long learnersInWorkStudyWithoutContract) {
    public ContractIndicators {
        Objects.requireNonNull(breakRate, "breakRate");
    }

    static ContractIndicators measure(List<WorkStudyContract> contracts, List<Learner> learners, LocalDate asOf) {
        long broken = contracts.stream().filter(WorkStudyContract::isBroken).count();
        Set<LearnerId> underContract = contracts.stream()
                .filter(contract -> contract.isActiveOn(asOf))
                .map(WorkStudyContract::learnerId)
                .collect(Collectors.toSet());
        long withoutContract = learners.stream()
                .filter(learner -> learner.status() == LearnerStatus.IN_WORK_STUDY)
                .filter(learner -> !underContract.contains(learner.id()))
                .count();
        return new ContractIndicators(contracts.size(), broken, new Rate(broken, contracts.size()), withoutContract);
    }
}
