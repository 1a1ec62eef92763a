package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.shared.Identifiers;

/**
 * Which of a learner's follow-ups tells their situation on a given day. Two follow-ups recorded on
 * the same day are told apart by their identifier, so the answer never depends on the order the
 * follow-ups were loaded in.
 */
final class Observations {
    private static final Comparator<EmploymentOutcome> OLDEST_FIRST = Comparator
            .comparing(EmploymentOutcome::observedOn)
            .thenComparing(outcome -> outcome.id().value(), Identifiers.ORDER);

    private Observations() {
    }

    /** The most recent follow-up observed on or before {@code day}. */
    static Optional<EmploymentOutcome> latestOnOrBefore(Collection<EmploymentOutcome> outcomes, LocalDate day) {
        return outcomes.stream()
                .filter(outcome -> !outcome.observedOn().isAfter(day))
                .max(OLDEST_FIRST);
    }

    /**
     * The follow-up nearest {@code day} within {@code months} either side, both ends included; between
     * two as near, the later one, which knows more about how the situation turned out.
     */
    static Optional<EmploymentOutcome> nearest(Collection<EmploymentOutcome> outcomes, LocalDate day, int months) {
        LocalDate from = day.minusMonths(months);
        LocalDate to = day.plusMonths(months);
        Comparator<EmploymentOutcome> nearestFirst = Comparator
                .<EmploymentOutcome>comparingLong(outcome -> Math.abs(ChronoUnit.DAYS.between(day, outcome.observedOn())))
                .thenComparing(OLDEST_FIRST.reversed());
        return outcomes.stream()
                .filter(outcome -> !outcome.observedOn().isBefore(from) && !outcome.observedOn().isAfter(to))
                .min(nearestFirst);
    }
}
