package org.tremplin.domain.indicator;

import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.time.LocalDate;
import org.tremplin.domain.indicator.IndicatorTestData.InputsBuilder;
import org.tremplin.domain.outcome.Situation;

/**
 * The calendar most indicator tests share: every leaver left on {@link #LEFT_ON}, a follow-up six
 * months on is observed on {@link #SIX_MONTHS_ON}, and the report is drawn on {@link #AS_OF}, long
 * after every horizon has passed. {@link #cohort()} gathers such leavers, so that a test states only
 * how many were in which situation.
 */
final class SixMonthsAfterLeaving {
    /** Six months after leaving falls on 2024-07-15; the window runs from 2024-04-15 to 2024-10-15. */
    static final LocalDate LEFT_ON = LocalDate.of(2024, 1, 15);
    static final LocalDate SIX_MONTHS_ON = LocalDate.of(2024, 7, 15);
    /** The day after the six-month window closes. */
    static final LocalDate OUTSIDE_THE_WINDOW = LocalDate.of(2024, 10, 16);
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    private SixMonthsAfterLeaving() {
    }

    static Cohort cohort() {
        return new Cohort();
    }

    /**
     * The mixed cohort both official rates are worked out on by hand: 25 leavers, of whom 12 in a
     * permanent contract, 3 in further studies, 2 in a new work-study contract, 4 job seeking, 2
     * self-employed and 2 never followed up.
     */
    static EmploymentSnapshot mixedCohortOfTwentyFive() {
        return cohort()
                .leavers(12, Situation.PERMANENT_CONTRACT)
                .leavers(3, Situation.FURTHER_STUDIES)
                .leavers(2, Situation.HIRED_WORK_STUDY)
                .leavers(4, Situation.JOB_SEEKING)
                .leavers(2, Situation.SELF_EMPLOYED)
                .leaversWithoutFollowUp(2)
                .sixMonths();
    }

    /** Leavers of {@link #LEFT_ON}, each followed up once or never. */
    static final class Cohort {
        private final InputsBuilder inputs = inputs();

        /** {@code count} leavers seen in {@code situation} six months on. */
        Cohort leavers(int count, Situation situation) {
            inputs.leavers(count, LEFT_ON, situation, SIX_MONTHS_ON);
            return this;
        }

        /** {@code count} leavers seen in {@code situation}, but a day too late to count at six months. */
        Cohort leaversSeenOutsideTheWindow(int count, Situation situation) {
            inputs.leavers(count, LEFT_ON, situation, OUTSIDE_THE_WINDOW);
            return this;
        }

        Cohort leaversWithoutFollowUp(int count) {
            inputs.leaversWithoutFollowUp(count, LEFT_ON);
            return this;
        }

        IndicatorReport report() {
            return inputs.reportAsOf(AS_OF);
        }

        EmploymentSnapshot sixMonths() {
            return report().sixMonths();
        }
    }
}
