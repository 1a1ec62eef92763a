package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Map<LearnerId, List<WorkStudyContract>> byLearner = contracts.stream()
                .collect(Collectors.groupingBy(WorkStudyContract::learnerId));
        long withoutContract = learners.stream()
                .filter(learner -> isWithoutContract(learner.status(), byLearner.getOrDefault(learner.id(), List.of()),
                        asOf))
                .count();
        return new ContractIndicators(contracts.size(), broken, new Rate(broken, contracts.size()), withoutContract);
    }

    /** Whether a learner in their work-study phase has none of {@code contracts} (theirs) running on {@code day}. */
    static boolean isWithoutContract(LearnerStatus status, Collection<WorkStudyContract> contracts, LocalDate day) {
        return status == LearnerStatus.IN_WORK_STUDY && contracts.stream().noneMatch(contract -> contract.isActiveOn(day));
    }
}
