package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aContract;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * A learner's steps summed up to any day are what the domain counts for them as of that day: what
 * lets an adapter keep the steps and answer a report for any day by summing them.
 */
class LearnerTimelineTest {
    private static final long SEED = 0x2026_1207L;

    @Test
    void a_leaver_counts_at_six_months_from_the_snapshot_day_then_as_each_follow_up_becomes_known() {
        Learner leaver = aLearner().graduatedOn(LocalDate.of(2024, 1, 15)).build();
        var outcomes = List.of(
                anOutcome().forLearner(leaver).observedOn(LocalDate.of(2024, 6, 1)).situation(Situation.JOB_SEEKING).build(),
                anOutcome().forLearner(leaver).observedOn(LocalDate.of(2024, 7, 20)).situation(Situation.PERMANENT_CONTRACT)
                        .build());

        LearnerTimeline timeline = LearnerTimeline.of(leaver.id(), leaver.leftOn(), leaver.status(), List.of(), outcomes);

        // Due on 2024-07-15 as job seeking (the only follow-up known), salaried from 2024-07-20 (nearer).
        assertThat(sixMonths(timeline, LocalDate.of(2024, 7, 14))).isEmpty();
        assertThat(sixMonths(timeline, LocalDate.of(2024, 7, 15)))
                .containsExactly(Map.entry("followups.SIX_MONTHS.2024.NOT_IN_EMPLOYMENT", 1L));
        assertThat(sixMonths(timeline, LocalDate.of(2024, 7, 20)))
                .containsExactly(Map.entry("followups.SIX_MONTHS.2024.SALARIED_EMPLOYMENT", 1L));
    }

    @Test
    void the_sum_of_the_steps_up_to_any_day_is_the_domains_share_that_day() {
        Random random = new Random(SEED);
        int checked = 0;
        for (int i = 0; i < 500; i++) {
            RandomFollowUps.Case drawn = RandomFollowUps.draw(random);
            Learner learner = drawn.learner();
            LearnerStatus status = random.nextInt(3) == 0 ? LearnerStatus.IN_WORK_STUDY : learner.status();
            List<WorkStudyContract> contracts = contracts(random, learner);
            var own = drawn.outcomes().stream().filter(outcome -> outcome.learnerId().equals(learner.id())).toList();
            LearnerTimeline timeline = LearnerTimeline.of(learner.id(), learner.leftOn(), status, contracts, own);
            LocalDate day = LocalDate.of(2019, 6, 1);
            while (day.isBefore(LocalDate.of(2024, 12, 31))) {
                assertThat(sumUpTo(timeline, day)).as("case %d on %s", i, day)
                        .isEqualTo(LearnerTimeline.shareOn(learner.id(), learner.leftOn(), status, contracts, own, day));
                day = day.plusDays(1 + random.nextInt(9));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    private static List<WorkStudyContract> contracts(Random random, Learner learner) {
        List<WorkStudyContract> contracts = new ArrayList<>();
        LocalDate start = LocalDate.of(2019, 9, 2).plusDays(random.nextInt(400));
        for (int c = random.nextInt(3); c > 0; c--) {
            WorkStudyContract contract = aContract().forLearner(learner).running(start, start.plusMonths(6)).build();
            contracts.add(random.nextBoolean() ? contract : contract.breakOff(start.plusDays(20),
                    org.tremplin.domain.workstudy.BrokenBy.EMPLOYER));
            start = start.plusMonths(7);
        }
        return contracts;
    }

    private static Map<String, Long> sumUpTo(LearnerTimeline timeline, LocalDate day) {
        Map<String, Long> sums = new TreeMap<>();
        timeline.steps().stream().filter(step -> !step.from().isAfter(day))
                .forEach(step -> sums.merge(step.name(), step.change(), Long::sum));
        sums.values().removeIf(value -> value == 0);
        return sums;
    }

    private static Map<String, Long> sixMonths(LearnerTimeline timeline, LocalDate day) {
        Map<String, Long> sums = sumUpTo(timeline, day);
        sums.keySet().removeIf(name -> !name.startsWith("followups.SIX_MONTHS"));
        return sums;
    }
}
