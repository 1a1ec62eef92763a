package org.tremplin.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The order in which two equally near follow-ups are told apart (InserJeunes): the better situation
 * counts. Written out here by hand so that a change to the order in the code shows up as a failure.
 */
class SituationPreferenceTest {
    private static final List<Situation> BETTER_FIRST_BY_HAND = List.of(
            Situation.PERMANENT_CONTRACT,
            Situation.FIXED_TERM_6_MONTHS_OR_MORE,
            Situation.FIXED_TERM_UNDER_6_MONTHS,
            Situation.TEMPORARY_AGENCY_WORK,
            Situation.HIRED_WORK_STUDY,
            Situation.FURTHER_STUDIES,
            Situation.SELF_EMPLOYED,
            Situation.JOB_SEEKING,
            Situation.INACTIVE,
            Situation.UNKNOWN);

    @ParameterizedTest(name = "{0} ranks {1}")
    @CsvSource({
            "PERMANENT_CONTRACT, 0",
            "FIXED_TERM_6_MONTHS_OR_MORE, 1",
            "FIXED_TERM_UNDER_6_MONTHS, 2",
            "TEMPORARY_AGENCY_WORK, 3",
            "HIRED_WORK_STUDY, 4",
            "FURTHER_STUDIES, 5",
            "SELF_EMPLOYED, 6",
            "JOB_SEEKING, 7",
            "INACTIVE, 8",
            "UNKNOWN, 9"})
    void ranks_each_situation(Situation situation, int rank) {
        assertThat(situation.preferenceRank()).isEqualTo(rank);
    }

    @ParameterizedTest(name = "{0} before {1}")
    @CsvSource({
            "PERMANENT_CONTRACT, FIXED_TERM_6_MONTHS_OR_MORE",
            "FIXED_TERM_6_MONTHS_OR_MORE, FIXED_TERM_UNDER_6_MONTHS",
            "FIXED_TERM_UNDER_6_MONTHS, TEMPORARY_AGENCY_WORK",
            "TEMPORARY_AGENCY_WORK, HIRED_WORK_STUDY",
            "HIRED_WORK_STUDY, FURTHER_STUDIES",
            "FURTHER_STUDIES, SELF_EMPLOYED",
            "SELF_EMPLOYED, JOB_SEEKING",
            "JOB_SEEKING, INACTIVE",
            "INACTIVE, UNKNOWN"})
    void puts_the_better_of_two_neighbours_first_either_way_round(Situation better, Situation worse) {
        assertThat(Situation.BETTER_FIRST.compare(better, worse)).isNegative();
        assertThat(Situation.BETTER_FIRST.compare(worse, better)).isPositive();
    }

    @Test
    void sorts_every_situation_into_the_official_order_whatever_the_order_given() {
        // The declaration order differs from the preference order (self-employed is declared before
        // further studies): sorting must not lean on it.
        List<Situation> shuffled = new ArrayList<>(List.of(Situation.values()));
        Collections.shuffle(shuffled, new Random(20_240_715));

        assertThat(shuffled.stream().sorted(Situation.BETTER_FIRST).toList()).isEqualTo(BETTER_FIRST_BY_HAND);
        assertThat(List.of(Situation.values()).stream().sorted(Situation.BETTER_FIRST).toList())
                .isEqualTo(BETTER_FIRST_BY_HAND);
    }

    @ParameterizedTest
    @EnumSource(Situation.class)
    void is_a_strict_order_where_only_a_situation_ties_with_itself(Situation situation) {
        for (Situation other : Situation.values()) {
            assertThat(Situation.BETTER_FIRST.compare(situation, other) == 0)
                    .as("%s against %s", situation, other)
                    .isEqualTo(situation == other);
        }
    }
}
