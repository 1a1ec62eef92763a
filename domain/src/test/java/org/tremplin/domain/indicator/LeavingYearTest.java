package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearnerId;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A leaving year is a school year, 1 September to 31 August, named by the year it ends in. */
class LeavingYearTest {

    @ParameterizedTest(name = "left on {0}: leaving year {1}")
    @CsvSource({
            "2023-09-01, 2024",
            "2023-12-31, 2024",
            "2024-01-01, 2024",
            "2024-08-31, 2024",
            "2024-09-01, 2025",
            "2024-12-31, 2025"})
    void names_the_school_year_by_the_year_it_ends_in(LocalDate leftOn, int endYear) {
        assertThat(LeavingYear.of(leftOn)).isEqualTo(new LeavingYear(endYear));
    }

    @Test
    void runs_from_the_first_of_september_to_the_thirty_first_of_august() {
        LeavingYear year = new LeavingYear(2024);

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2023, 9, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(year).hasToString("2023-2024");
    }

    @Test
    void the_year_before_is_the_one_a_small_year_is_pooled_with() {
        assertThat(new LeavingYear(2024).previous()).contains(new LeavingYear(2023));
        assertThat(new LeavingYear(LeavingYear.MIN_END_YEAR).previous()).isEmpty();
    }

    @Test
    void orders_years_by_their_end() {
        List<LeavingYear> years = List.of(new LeavingYear(2025), new LeavingYear(2023), new LeavingYear(2024));

        assertThat(years.stream().sorted().toList())
                .containsExactly(new LeavingYear(2023), new LeavingYear(2024), new LeavingYear(2025));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 1989, 2100, 10_000})
    void accepts_the_bounds(int endYear) {
        assertThat(new LeavingYear(endYear).endYear()).isEqualTo(endYear);
    }

    @ParameterizedTest
    @ValueSource(ints = {10_001, 0, -2024})
    void refuses_a_year_out_of_range(int endYear) {
        assertInvalid(() -> new LeavingYear(endYear), "value.out-of-range", "leavingYear");
    }

    @Test
    void names_the_year_of_any_leaving_day_a_date_can_hold() {
        assertThat(LeavingYear.of(LocalDate.of(1989, 8, 31))).isEqualTo(new LeavingYear(1989));
        assertThat(LeavingYear.of(LocalDate.of(1, 1, 1))).isEqualTo(new LeavingYear(1));
        assertThat(LeavingYear.of(LocalDate.of(9999, 12, 31))).isEqualTo(new LeavingYear(10_000));
    }

    @Test
    void a_learner_in_training_has_no_leaving_year_and_a_leaver_has_the_one_of_their_leaving_day() {
        FollowUp inTraining = FollowUp.of(aLearnerId(), Optional.empty(), List.of(),
                LocalDate.MAX);
        FollowUp leaver = FollowUp.of(aLearnerId(), Optional.of(LocalDate.of(2024, 9, 1)),
                List.of(), LocalDate.MAX);

        assertThat(inTraining.leavingYear()).isEmpty();
        assertThat(leaver.leavingYear()).contains(new LeavingYear(2025));
    }
}
