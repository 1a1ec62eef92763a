package org.tremplin.domain.indicator;

import java.time.LocalDate;

/** How long after leaving a former learner's situation is taken: InserJeunes publishes all four. */
public enum FollowUpHorizon {
    SIX_MONTHS(6),
    TWELVE_MONTHS(12),
    EIGHTEEN_MONTHS(18),
    TWENTY_FOUR_MONTHS(24);

    private final int months;

    FollowUpHorizon(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }

    /** The day the situation is taken: the day of leaving plus the months, clamped to a shorter month's end. */
    public LocalDate snapshotDate(LocalDate leftOn) {
        return leftOn.plusMonths(months);
    }

    public static FollowUpHorizon ofMonths(int months) {
        for (FollowUpHorizon horizon : values()) {
            if (horizon.months == months) {
                return horizon;
            }
        }
        throw new IllegalArgumentException("no follow-up at " + months + " months");
    }
}
