package org.tremplin.domain.testdata;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.tremplin.domain.outcome.Situation;

/**
 * The order in which two equally near follow-ups are told apart (InserJeunes), the better first.
 * Written out by hand, not read from the code, so that a change to the order in the code shows up as
 * a failure.
 */
public final class OfficialSituationOrder {
    public static final List<Situation> BETTER_FIRST = List.of(
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

    private OfficialSituationOrder() {
    }

    /** Each pair of neighbours in the official order, the better first, for a parameterized test. */
    public static Stream<Arguments> neighboursBetterFirst() {
        return IntStream.range(1, BETTER_FIRST.size())
                .mapToObj(worse -> Arguments.of(BETTER_FIRST.get(worse - 1), BETTER_FIRST.get(worse)));
    }
}
