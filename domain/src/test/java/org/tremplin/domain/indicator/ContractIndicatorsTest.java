package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aContract;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.concat;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.IndicatorTestData.times;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.learner.Learner;

class ContractIndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate SEPTEMBER = LocalDate.of(2024, 9, 2);
    private static final LocalDate AUGUST = LocalDate.of(2025, 8, 31);

    @Test
    void break_rate_is_published_from_twenty_contracts() {
        ContractIndicators indicators = inputs().contracts(concat(
                        times(3, () -> aContract().brokenOn(LocalDate.of(2024, 12, 1)).build()),
                        times(17, () -> aContract().build())))
                .reportAsOf(AS_OF).contracts();

        assertThat(indicators.contracts()).isEqualTo(20);
        assertThat(indicators.broken()).isEqualTo(3);
        assertThat(indicators.breakRate()).isEqualTo(new Rate(3, 20));
        assertThat(indicators.breakRate().percent()).contains(new BigDecimal("15.0"));
    }

    @Test
    void break_rate_is_suppressed_at_nineteen_contracts() {
        ContractIndicators indicators = inputs().contracts(concat(
                        times(3, () -> aContract().brokenOn(LocalDate.of(2024, 12, 1)).build()),
                        times(16, () -> aContract().build())))
                .reportAsOf(AS_OF).contracts();

        assertThat(indicators.breakRate()).isEqualTo(new Rate(3, 19));
        assertThat(indicators.breakRate().isSuppressed()).isTrue();
    }

    @Test
    void finds_learners_in_work_study_with_no_contract_running_on_the_day() {
        Learner running = aLearner().inWorkStudy().build();
        Learner endedTheDayBefore = aLearner().inWorkStudy().build();
        Learner broken = aLearner().inWorkStudy().build();
        Learner startsTomorrow = aLearner().inWorkStudy().build();
        Learner endsThatDay = aLearner().inWorkStudy().build();
        Learner neverSigned = aLearner().inWorkStudy().build();
        Learner brokenThenSignedAgain = aLearner().inWorkStudy().build();
        Learner stillInCentre = aLearner().inCentre().build();
        Learner graduated = aLearner().graduatedOn(LocalDate.of(2025, 5, 31)).build();

        ContractIndicators indicators = inputs()
                .learners(running, endedTheDayBefore, broken, startsTomorrow, endsThatDay, neverSigned,
                        brokenThenSignedAgain, stillInCentre, graduated)
                .contracts(
                        aContract().forLearner(running).running(SEPTEMBER, AUGUST).build(),
                        aContract().forLearner(endedTheDayBefore).running(SEPTEMBER, AS_OF.minusDays(1)).build(),
                        aContract().forLearner(broken).running(SEPTEMBER, AUGUST).brokenOn(LocalDate.of(2025, 3, 15)).build(),
                        aContract().forLearner(startsTomorrow).running(AS_OF.plusDays(1), AUGUST.plusYears(1)).build(),
                        aContract().forLearner(endsThatDay).running(SEPTEMBER, AS_OF).build(),
                        aContract().forLearner(brokenThenSignedAgain).running(SEPTEMBER, AUGUST)
                                .brokenOn(LocalDate.of(2024, 12, 20)).build(),
                        aContract().forLearner(brokenThenSignedAgain)
                                .running(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 12, 31)).build(),
                        aContract().forLearner(graduated).running(SEPTEMBER, LocalDate.of(2025, 5, 31)).build())
                .reportAsOf(AS_OF).contracts();

        // endedTheDayBefore, broken, startsTomorrow and neverSigned.
        assertThat(indicators.learnersInWorkStudyWithoutContract()).isEqualTo(4);
        assertThat(indicators.contracts()).isEqualTo(8);
        assertThat(indicators.broken()).isEqualTo(2);
        assertThat(indicators.breakRate()).isEqualTo(new Rate(2, 8));
    }

    @Test
    void another_learners_contract_does_not_count() {
        Learner withoutContract = aLearner().inWorkStudy().build();

        ContractIndicators indicators = inputs().learners(withoutContract)
                .contracts(aContract().running(SEPTEMBER, AUGUST).build())
                .reportAsOf(AS_OF).contracts();

        assertThat(indicators.learnersInWorkStudyWithoutContract()).isEqualTo(1);
    }
}
