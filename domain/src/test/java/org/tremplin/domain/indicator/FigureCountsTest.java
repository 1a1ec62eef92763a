package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aContract;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.anApplicant;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.partner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * The counts kept per cohort add up: the figures rebuilt from the sums of two groups' counts are the
 * figures measured over both groups at once, which is what lets an adapter sum cohorts into schools.
 */
class FigureCountsTest {
    private static final PartnerId HOST = partner(1);
    private static final PartnerId OTHER_HOST = partner(2);

    @Test
    void the_funnel_of_two_groups_is_rebuilt_from_the_sum_of_their_counts() {
        List<Applicant> first = List.of(anApplicant().build(), anApplicant().reaching(SelectionStage.SELECTED).build());
        List<Applicant> second = List.of(anApplicant().reaching(SelectionStage.ENROLLED).build(), anApplicant().build(),
                anApplicant().reaching(SelectionStage.PRESELECTED).build());

        assertThat(FigureCounts.funnelOf(sum(FigureCounts.funnel(first), FigureCounts.funnel(second))))
                .isEqualTo(FunnelIndicators.measure(concat(first, second)));
    }

    @Test
    void the_learners_of_two_groups_are_rebuilt_from_the_sum_of_their_counts() {
        List<Learner> first = List.of(aLearner().build(), aLearner().graduatedOn(LocalDate.of(2024, 6, 30)).build());
        List<Learner> second = List.of(aLearner().droppedOutOn(LocalDate.of(2023, 12, 1)).build(), aLearner().build());

        assertThat(FigureCounts.trainingOf(sum(FigureCounts.training(first), FigureCounts.training(second))))
                .isEqualTo(TrainingIndicators.measure(concat(first, second)));
    }

    @Test
    void a_learner_hosted_twice_by_one_partner_counts_once_and_the_contributions_add_up() {
        Learner apprentice = aLearner().build();
        Learner other = aLearner().build();
        List<WorkStudyContract> first = List.of(
                aContract().forLearner(apprentice).hostedBy(HOST).running(LocalDate.of(2024, 9, 2), LocalDate.of(2025, 2, 28))
                        .build(),
                aContract().forLearner(apprentice).hostedBy(HOST).running(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 29))
                        .build());
        List<WorkStudyContract> second = List.of(aContract().forLearner(other).hostedBy(OTHER_HOST).build());
        List<EmploymentOutcome> hires = List.of(anOutcome().forLearner(other).situation(Situation.PERMANENT_CONTRACT)
                .employedBy(HOST).build());

        Map<String, Long> counts = sum(sum(FigureCounts.contracts(first), FigureCounts.contracts(second)),
                FigureCounts.hires(hires));

        assertThat(FigureCounts.partnersOf(counts))
                .isEqualTo(PartnerContribution.rank(concat(first, second), hires))
                .containsExactly(new PartnerContribution(HOST, 1, 1), new PartnerContribution(OTHER_HOST, 1, 0));
        assertThat(FigureCounts.contractsOf(counts, 0).contracts()).isEqualTo(3);
    }

    @Test
    void the_change_of_a_write_is_after_minus_before_and_leaves_out_what_did_not_move() {
        Map<String, Long> before = Map.of("funnel.applicants", 3L, "funnel.reached.APPLIED", 3L);
        Map<String, Long> after = Map.of("funnel.applicants", 3L, "funnel.reached.APPLIED", 3L,
                "funnel.reached.PRESELECTED", 1L);

        assertThat(FigureCounts.change(before, after)).containsExactly(Map.entry("funnel.reached.PRESELECTED", 1L));
        assertThat(FigureCounts.change(after, before)).containsExactly(Map.entry("funnel.reached.PRESELECTED", -1L));
    }

    @Test
    void only_the_recognised_disability_counts_are_health_data() {
        assertThat(FigureCounts.isHealthData("training.learners.RECOGNISED_DISABILITY")).isTrue();
        assertThat(FigureCounts.isHealthData("funnel.reached.SELECTED.RECOGNISED_DISABILITY")).isTrue();
        assertThat(FigureCounts.isHealthData("training.learners.WOMEN")).isFalse();
    }

    private static Map<String, Long> sum(Map<String, Long> first, Map<String, Long> second) {
        Map<String, Long> sum = new TreeMap<>(first);
        FigureCounts.add(sum, second);
        return sum;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
