package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import org.tremplin.domain.shared.Require;

/**
 * A school year of leavers, from 1 September to 31 August, named by the calendar year it ends in
 * (InserJeunes' "année de sortie"): leaving year 2024 runs from 2023-09-01 to 2024-08-31.
 */
public record LeavingYear(int endYear) implements Comparable<LeavingYear> {
    /**
     * Any year a leaving date can fall in: a learner's dates are not bounded by the indicators, and a
     * report must never fail on an old or odd one.
     */
    public static final int MIN_END_YEAR = 1;
    public static final int MAX_END_YEAR = 10_000;
    private static final Month FIRST_MONTH = Month.SEPTEMBER;

    public LeavingYear {
        Require.between(endYear, MIN_END_YEAR, MAX_END_YEAR, "leavingYear");
    }

    /** The leaving year of someone who left on {@code leftOn}. */
    public static LeavingYear of(LocalDate leftOn) {
        int year = leftOn.getYear();
        return new LeavingYear(leftOn.getMonthValue() >= FIRST_MONTH.getValue() ? year + 1 : year);
    }

    public LocalDate firstDay() {
        return LocalDate.of(endYear - 1, FIRST_MONTH, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(endYear, Month.AUGUST, 31);
    }

    /** The year before, with which a year too small to publish is pooled; none before the first year Tremplin knows. */
    public Optional<LeavingYear> previous() {
        return endYear > MIN_END_YEAR ? Optional.of(new LeavingYear(endYear - 1)) : Optional.empty();
    }

    @Override
    public int compareTo(LeavingYear other) {
        return Integer.compare(endYear, other.endYear);
    }

    @Override
    public String toString() {
        return (endYear - 1) + "-" + endYear;
    }
}
