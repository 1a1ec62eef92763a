package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tremplin.domain.outcome.EmploymentOutcome;

/**
 * The jobs the network can claim: former learners whose latest known situation is employment,
 * salaried or self-employed. A job since lost no longer counts.
 */
final class JobsCreated {
    private JobsCreated() {
    }

    static long count(List<EmploymentOutcome> outcomes, LocalDate asOf) {
        return outcomes.stream()
                .collect(Collectors.groupingBy(EmploymentOutcome::learnerId))
                .values().stream()
                .flatMap(learnersOutcomes -> Observations.latestOnOrBefore(learnersOutcomes, asOf).stream())
                .filter(latest -> latest.situation().category().isEmployment())
                .count();
    }
}
