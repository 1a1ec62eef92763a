package org.tremplin.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.domain.testdata.OfficialSituationOrder;

/**
 * The order in which two equally near follow-ups are told apart (InserJeunes): the better situation
 * counts, against the order written out by hand in {@link OfficialSituationOrder}.
 */
class SituationPreferenceTest {
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
    @MethodSource("org.tremplin.domain.testdata.OfficialSituationOrder#neighboursBetterFirst")
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

        assertThat(shuffled.stream().sorted(Situation.BETTER_FIRST).toList()).isEqualTo(OfficialSituationOrder.BETTER_FIRST);
        assertThat(List.of(Situation.values()).stream().sorted(Situation.BETTER_FIRST).toList())
                .isEqualTo(OfficialSituationOrder.BETTER_FIRST);
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
