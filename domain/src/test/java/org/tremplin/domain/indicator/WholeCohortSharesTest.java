package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tremplin.domain.indicator.SixMonthsAfterLeaving.cohort;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tremplin.domain.outcome.Situation;

/**
 * The display over the whole cohort: salaried, further studies and everything else, three shares of
 * every leaver whose percentages, rounded together, add up to exactly 100.0.
 */
class WholeCohortSharesTest {
    @Test
    void puts_every_leaver_in_exactly_one_of_three_shares() {
        // Other = 4 job seeking + 1 inactive + 2 self-employed + 1 explicitly unknown + 2 never followed up = 10.
        EmploymentSnapshot snapshot = cohort()
                .leavers(6, Situation.PERMANENT_CONTRACT)
                .leavers(3, Situation.FIXED_TERM_UNDER_6_MONTHS)
                .leavers(3, Situation.TEMPORARY_AGENCY_WORK)
                .leavers(3, Situation.FURTHER_STUDIES)
                .leavers(2, Situation.HIRED_WORK_STUDY)
                .leavers(4, Situation.JOB_SEEKING)
                .leavers(1, Situation.INACTIVE)
                .leavers(2, Situation.SELF_EMPLOYED)
                .leavers(1, Situation.UNKNOWN)
                .leaversWithoutFollowUp(2)
                .sixMonths();

        WholeCohortShares shares = snapshot.shares();

        assertThat(shares).isEqualTo(new WholeCohortShares(12, 5, 10));
        assertThat(shares.leavers()).isEqualTo(27).isEqualTo(snapshot.leavers());
        assertThat(shares.salariedShare()).isEqualTo(new Rate(12, 27));
        assertThat(shares.furtherStudiesShare()).isEqualTo(new Rate(5, 27));
        assertThat(shares.otherShare()).isEqualTo(new Rate(10, 27));
        // 44.444 + 18.519 + 37.037: floors 44.4 + 18.5 + 37.0 = 99.9, the tenth left goes to the largest
        // remainder, .044 (against .019 and .037).
        assertThat(shares.percents()).contains(List.of(
                new BigDecimal("44.5"), new BigDecimal("18.5"), new BigDecimal("37.0")));
    }

    @Test
    void a_new_work_study_contract_is_in_the_further_studies_share() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(1, Situation.HIRED_WORK_STUDY)
                .sixMonths();

        assertThat(snapshot.shares()).isEqualTo(new WholeCohortShares(0, 1, 0));
        assertThat(snapshot.shares().salariedShare()).isEqualTo(new Rate(0, 1));
    }

    @Test
    void thirds_on_thirty_leavers_give_the_spare_tenth_to_the_first_share() {
        EmploymentSnapshot snapshot = cohort()
                .leavers(10, Situation.PERMANENT_CONTRACT)
                .leavers(10, Situation.FURTHER_STUDIES)
                .leavers(10, Situation.JOB_SEEKING)
                .sixMonths();

        // Each rounded alone would say 33.3 three times: 99.9.
        assertThat(snapshot.shares().salariedShare().percent()).contains(new BigDecimal("33.3"));
        assertThat(snapshot.shares().percents()).contains(List.of(
                new BigDecimal("33.4"), new BigDecimal("33.3"), new BigDecimal("33.3")));
    }

    @ParameterizedTest(name = "{0} / {1} / {2}: {3} + {4} + {5}")
    @CsvSource({
            // 1/3 each: rounded alone 33.3 x 3 = 99.9; the first of the equal remainders takes the tenth.
            "10, 10, 10, 33.4, 33.3, 33.3",
            // 9.52 / 19.05 / 71.43: rounded alone 9.5 + 19.0 + 71.4 = 99.9; 19.05 has the largest remainder.
            " 2,  4, 15,  9.5, 19.1, 71.4",
            // 9.09 / 45.45 / 45.45: rounded alone 9.1 + 45.5 + 45.5 = 100.1; floors 99.8, two tenths to give:
            // the first to 9.09 (remainder .091), the second to the earlier of the two equal .0545s.
            " 2, 10, 10,  9.1, 45.5, 45.4",
            // 4.545 / 45.45 / 50.0: rounded alone already 4.5 + 45.5 + 50.0 = 100.0, and rounded together
            // too: floors 4.5 + 45.4 + 50.0 = 99.9, the tenth to 45.45 (remainder .0545 against .0455).
            " 1, 10, 11,  4.5, 45.5, 50.0",
            // Exact shares need no correction.
            " 5,  5, 10, 25.0, 25.0, 50.0",
            " 0,  0, 20,  0.0,  0.0, 100.0",
            "12,  5,  8, 48.0, 20.0, 32.0"})
    void rounds_the_three_percentages_together_so_that_they_add_up_to_exactly_one_hundred(
            long salaried, long furtherStudies, long other, String salariedPercent, String furtherStudiesPercent,
            String otherPercent) {
        List<BigDecimal> percents = new WholeCohortShares(salaried, furtherStudies, other).percents().orElseThrow();

        assertThat(percents).containsExactly(
                new BigDecimal(salariedPercent), new BigDecimal(furtherStudiesPercent), new BigDecimal(otherPercent));
        assertThat(percents.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void naive_rounding_would_give_more_than_one_hundred_where_the_shares_give_exactly_one_hundred() {
        WholeCohortShares shares = new WholeCohortShares(2, 10, 10);

        assertThat(shares.salariedShare().percent()).contains(new BigDecimal("9.1"));
        assertThat(shares.furtherStudiesShare().percent()).contains(new BigDecimal("45.5"));
        assertThat(shares.otherShare().percent()).contains(new BigDecimal("45.5"));
        assertThat(shares.percents()).contains(List.of(
                new BigDecimal("9.1"), new BigDecimal("45.5"), new BigDecimal("45.4")));
    }

    @Test
    void shows_nothing_under_twenty_leavers() {
        WholeCohortShares nineteen = new WholeCohortShares(10, 5, 4);
        WholeCohortShares twenty = new WholeCohortShares(10, 5, 5);

        assertThat(nineteen.percents()).isEmpty();
        assertThat(nineteen.salariedShare().isSuppressed()).isTrue();
        assertThat(nineteen.furtherStudiesShare().isSuppressed()).isTrue();
        assertThat(nineteen.otherShare().isSuppressed()).isTrue();
        assertThat(twenty.percents()).contains(List.of(
                new BigDecimal("50.0"), new BigDecimal("25.0"), new BigDecimal("25.0")));
    }

    @Test
    void shows_nothing_when_nobody_left() {
        assertThat(new WholeCohortShares(0, 0, 0).percents()).isEmpty();
    }

    @Test
    void refuses_negative_counts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WholeCohortShares(-1, 10, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new WholeCohortShares(10, -1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new WholeCohortShares(10, 10, -1));
    }
}
