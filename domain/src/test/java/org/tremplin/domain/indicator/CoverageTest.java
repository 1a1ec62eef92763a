package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.domain.outcome.Situation;

/**
 * The follow-up coverage: leavers whose situation at the horizon is known, among all leavers. An
 * explicit "unknown" answer is as unknown as no follow-up near enough. Under half is flagged, once
 * there are enough leavers to publish.
 */
class CoverageTest {
    /** Six months after leaving falls on 2024-07-15; the window runs from 2024-04-15 to 2024-10-15. */
    private static final LocalDate LEFT_ON = LocalDate.of(2024, 1, 15);
    private static final LocalDate SIX_MONTHS_ON = LocalDate.of(2024, 7, 15);
    private static final LocalDate OUTSIDE_THE_WINDOW = LocalDate.of(2024, 10, 16);
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void nine_known_out_of_twenty_is_low() {
        EmploymentSnapshot snapshot = inputs()
                .leavers(9, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leaversWithoutFollowUp(11, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.coverage()).isEqualTo(new Rate(9, 20));
        assertThat(snapshot.coverage().percent()).contains(new BigDecimal("45.0"));
        assertThat(snapshot.isCoverageLow()).isTrue();
    }

    @Test
    void ten_known_out_of_twenty_is_not_low() {
        EmploymentSnapshot snapshot = inputs()
                .leavers(10, LEFT_ON, Situation.JOB_SEEKING, SIX_MONTHS_ON)
                .leaversWithoutFollowUp(10, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.coverage()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.coverage().percent()).contains(new BigDecimal("50.0"));
        assertThat(snapshot.isCoverageLow()).isFalse();
    }

    @Test
    void under_twenty_leavers_coverage_is_neither_published_nor_flagged() {
        EmploymentSnapshot nobodyKnown = inputs()
                .leaversWithoutFollowUp(19, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(nobodyKnown.coverage()).isEqualTo(new Rate(0, 19));
        assertThat(nobodyKnown.coverage().isSuppressed()).isTrue();
        assertThat(nobodyKnown.isCoverageLow()).isFalse();
        assertThat(inputs().reportAsOf(AS_OF).sixMonths().isCoverageLow()).isFalse();
    }

    @Test
    void an_explicit_unknown_answer_counts_as_unknown() {
        // 9 known + 2 answered "unknown" + 9 never followed up: 9 / 20, low.
        EmploymentSnapshot snapshot = inputs()
                .leavers(9, LEFT_ON, Situation.FURTHER_STUDIES, SIX_MONTHS_ON)
                .leavers(2, LEFT_ON, Situation.UNKNOWN, SIX_MONTHS_ON)
                .leaversWithoutFollowUp(9, LEFT_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.unknown()).isEqualTo(11);
        assertThat(snapshot.coverage()).isEqualTo(new Rate(9, 20));
        assertThat(snapshot.isCoverageLow()).isTrue();
    }

    @Test
    void a_follow_up_outside_the_window_counts_as_unknown() {
        // 10 observed one day too late for six months: 10 / 20, not low; one fewer in time, 9 / 20, low.
        EmploymentSnapshot inTime = inputs()
                .leavers(10, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(10, LEFT_ON, Situation.PERMANENT_CONTRACT, OUTSIDE_THE_WINDOW)
                .reportAsOf(AS_OF).sixMonths();
        EmploymentSnapshot oneLate = inputs()
                .leavers(9, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .leavers(11, LEFT_ON, Situation.PERMANENT_CONTRACT, OUTSIDE_THE_WINDOW)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(inTime.coverage()).isEqualTo(new Rate(10, 20));
        assertThat(inTime.isCoverageLow()).isFalse();
        assertThat(oneLate.coverage()).isEqualTo(new Rate(9, 20));
        assertThat(oneLate.isCoverageLow()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void every_other_situation_is_known_whether_favourable_or_not(Situation situation) {
        EmploymentSnapshot snapshot = inputs()
                .leavers(20, LEFT_ON, situation, SIX_MONTHS_ON)
                .reportAsOf(AS_OF).sixMonths();

        assertThat(snapshot.coverage()).isEqualTo(new Rate(20, 20));
        assertThat(snapshot.isCoverageLow()).isFalse();
    }

    @Test
    void each_horizon_has_its_own_coverage() {
        // Followed up at six months only: nobody is known at twelve months (2025-01-15).
        IndicatorReport report = inputs()
                .leavers(20, LEFT_ON, Situation.PERMANENT_CONTRACT, SIX_MONTHS_ON)
                .reportAsOf(AS_OF);

        assertThat(report.sixMonths().coverage()).isEqualTo(new Rate(20, 20));
        assertThat(report.twelveMonths().coverage()).isEqualTo(new Rate(0, 20));
        assertThat(report.twelveMonths().isCoverageLow()).isTrue();
    }
}
