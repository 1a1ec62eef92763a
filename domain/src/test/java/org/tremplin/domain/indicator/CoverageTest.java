package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.cohort;

import java.math.BigDecimal;
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
    @Test
    void nine_known_out_of_twenty_is_low() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(9, Situation.PERMANENT_CONTRACT)
                .leaversWithoutFollowUp(11)
                .sixMonths();

        assertThat(snapshot.coverage()).isEqualTo(new Rate(9, 20));
        assertThat(snapshot.coverage().percent()).contains(new BigDecimal("45.0"));
        assertThat(snapshot.isCoverageLow()).isTrue();
    }

    @Test
    void ten_known_out_of_twenty_is_not_low() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(10, Situation.JOB_SEEKING)
                .leaversWithoutFollowUp(10)
                .sixMonths();

        assertThat(snapshot.coverage()).isEqualTo(new Rate(10, 20));
        assertThat(snapshot.coverage().percent()).contains(new BigDecimal("50.0"));
        assertThat(snapshot.isCoverageLow()).isFalse();
    }

    @Test
    void under_twenty_leavers_coverage_is_neither_published_nor_flagged() {
        EmploymentSnapshot nobodyKnown = cohort()
                .leaversWithoutFollowUp(19)
                .sixMonths();

        assertThat(nobodyKnown.coverage()).isEqualTo(new Rate(0, 19));
        assertThat(nobodyKnown.coverage().isSuppressed()).isTrue();
        assertThat(nobodyKnown.isCoverageLow()).isFalse();
        assertThat(cohort().sixMonths().isCoverageLow()).isFalse();
    }

    @Test
    void an_explicit_unknown_answer_counts_as_unknown() {
        // 9 known + 2 answered "unknown" + 9 never followed up: 9 / 20, low.
        EmploymentSnapshot snapshot = cohort()
                .leavers(9, Situation.FURTHER_STUDIES)
                .leavers(2, Situation.UNKNOWN)
                .leaversWithoutFollowUp(9)
                .sixMonths();

        assertThat(snapshot.unknown()).isEqualTo(11);
        assertThat(snapshot.coverage()).isEqualTo(new Rate(9, 20));
        assertThat(snapshot.isCoverageLow()).isTrue();
    }

    @Test
    void a_follow_up_outside_the_window_counts_as_unknown() {
        // 10 observed one day too late for six months: 10 / 20, not low; one fewer in time, 9 / 20, low.
        EmploymentSnapshot inTime = cohort()
                .leavers(10, Situation.PERMANENT_CONTRACT)
                .leaversSeenOutsideTheWindow(10, Situation.PERMANENT_CONTRACT)
                .sixMonths();
        EmploymentSnapshot oneLate = cohort()
                .leavers(9, Situation.PERMANENT_CONTRACT)
                .leaversSeenOutsideTheWindow(11, Situation.PERMANENT_CONTRACT)
                .sixMonths();

        assertThat(inTime.coverage()).isEqualTo(new Rate(10, 20));
        assertThat(inTime.isCoverageLow()).isFalse();
        assertThat(oneLate.coverage()).isEqualTo(new Rate(9, 20));
        assertThat(oneLate.isCoverageLow()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Situation.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void every_other_situation_is_known_whether_favourable_or_not(Situation situation) {
        EmploymentSnapshot snapshot = cohort()
                .leavers(20, situation)
                .sixMonths();

        assertThat(snapshot.coverage()).isEqualTo(new Rate(20, 20));
        assertThat(snapshot.isCoverageLow()).isFalse();
    }

    @Test
    void each_horizon_has_its_own_coverage() {
        // Followed up at six months only: nobody is known at twelve months (2025-01-15).
        IndicatorReport report = cohort()
                .leavers(20, Situation.PERMANENT_CONTRACT)
                .report();

        assertThat(report.sixMonths().coverage()).isEqualTo(new Rate(20, 20));
        assertThat(report.twelveMonths().coverage()).isEqualTo(new Rate(0, 20));
        assertThat(report.twelveMonths().isCoverageLow()).isTrue();
    }
}
