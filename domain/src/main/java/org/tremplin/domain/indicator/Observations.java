package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/**
 * Which of a learner's follow-ups tells their situation on a given day. Two follow-ups as fit are
 * told apart by their situation, the better first ({@link Situation#BETTER_FIRST}), never by the
 * record's identifier nor by the order they were loaded in.
 *
 * @see "docs/adr/0002-employment-indicators.md"
 */
final class Observations {
    /** The latest first; on the same day, the better situation first. */
    private static final Comparator<EmploymentOutcome> LATEST_FIRST = Comparator
            .comparing(EmploymentOutcome::observedOn).reversed()
            .thenComparing(EmploymentOutcome::situation, Situation.BETTER_FIRST);

    private Observations() {
    }

    /** The most recent follow-up observed on or before {@code day}. */
    static Optional<EmploymentOutcome> latestOnOrBefore(Collection<EmploymentOutcome> outcomes, LocalDate day) {
        return outcomes.stream()
                .filter(outcome -> !outcome.observedOn().isAfter(day))
                .min(LATEST_FIRST);
    }

    /**
     * The follow-up that stands for the situation on {@code day}: among those observed within
     * {@code months} either side of it (both ends included) and no later than {@code knownOn}, the
     * nearest; at the same distance (the same day, or as far before as after), the better situation;
     * between the same situation at the same distance, the earlier observed, known first.
     */
    static Optional<EmploymentOutcome> standingFor(Collection<EmploymentOutcome> outcomes, LocalDate day, int months,
                                                   LocalDate knownOn) {
        LocalDate from = day.minusMonths(months);
        LocalDate to = day.plusMonths(months);
        Comparator<EmploymentOutcome> fittestFirst = Comparator
                .<EmploymentOutcome>comparingLong(outcome -> Math.abs(ChronoUnit.DAYS.between(day, outcome.observedOn())))
                .thenComparing(EmploymentOutcome::situation, Situation.BETTER_FIRST)
                .thenComparing(EmploymentOutcome::observedOn);
        return outcomes.stream()
                .filter(outcome -> !outcome.observedOn().isBefore(from) && !outcome.observedOn().isAfter(to))
                .filter(outcome -> !outcome.observedOn().isAfter(knownOn))
                .min(fittestFirst);
    }
}
