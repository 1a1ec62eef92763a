package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.aProfile;
import static org.tremplin.domain.indicator.IndicatorTestData.concat;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.IndicatorTestData.times;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.person.DisabilityStatus;

class TrainingIndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
    private static final LocalDate GRADUATION = LocalDate.of(2025, 7, 31);
    private static final LocalDate DROP_OUT = LocalDate.of(2024, 1, 15);

    @Test
    void counts_learners_by_status() {
        List<Learner> learners = concat(
                times(2, () -> aLearner().build()),
                times(3, () -> aLearner().inCentre().build()),
                times(4, () -> aLearner().inWorkStudy().build()),
                times(5, () -> aLearner().graduatedOn(GRADUATION).build()),
                times(6, () -> aLearner().droppedOutOn(DROP_OUT).build()));

        TrainingIndicators training = inputs().learners(learners).reportAsOf(AS_OF).training();

        assertThat(training.enrolled()).isEqualTo(20);
        assertThat(training.inCentre()).isEqualTo(3);
        assertThat(training.inWorkStudy()).isEqualTo(4);
        assertThat(training.graduated()).isEqualTo(5);
        assertThat(training.droppedOut()).isEqualTo(6);
        assertThat(training.completion()).isEqualTo(new Rate(5, 11));
        assertThat(training.dropOut()).isEqualTo(new Rate(6, 20));
        assertThat(training.dropOut().value()).contains(new BigDecimal("0.3000"));
    }

    @Test
    void completion_counts_only_those_who_left_and_is_suppressed_below_twenty() {
        List<Learner> nineteenLeft = concat(
                times(13, () -> aLearner().graduatedOn(GRADUATION).build()),
                times(6, () -> aLearner().droppedOutOn(DROP_OUT).build()),
                times(10, () -> aLearner().inWorkStudy().build()));

        TrainingIndicators nineteen = inputs().learners(nineteenLeft).reportAsOf(AS_OF).training();
        TrainingIndicators twenty = inputs().learners(nineteenLeft).learners(aLearner().graduatedOn(GRADUATION).build())
                .reportAsOf(AS_OF).training();

        assertThat(nineteen.completion()).isEqualTo(new Rate(13, 19));
        assertThat(nineteen.completion().value()).isEmpty();
        assertThat(twenty.completion()).isEqualTo(new Rate(14, 20));
        assertThat(twenty.completion().value()).contains(new BigDecimal("0.7000"));
        assertThat(twenty.dropOut()).isEqualTo(new Rate(6, 30));
    }

    @Test
    void measures_diversity_on_the_day_of_enrolment() {
        LocalDate enrolment = LocalDate.of(2025, 1, 15);
        // Eleven months of job seeking at enrolment: long-term by the report's date, but not when it counted.
        Learner elevenMonths = aLearner().enrolledOn(enrolment)
                .profile(aProfile().jobSeekerSince(LocalDate.of(2024, 2, 15))).build();
        Learner twelveMonths = aLearner().enrolledOn(enrolment).disability(DisabilityStatus.RECOGNISED)
                .profile(aProfile().woman().jobSeekerSince(LocalDate.of(2024, 1, 15))).build();

        TrainingIndicators training = inputs().learners(elevenMonths, twelveMonths).reportAsOf(AS_OF).training();

        assertThat(training.diversity())
                .containsEntry(InclusionGroup.JOB_SEEKERS, new Rate(2, 2))
                .containsEntry(InclusionGroup.LONG_TERM_JOB_SEEKERS, new Rate(1, 2))
                .containsEntry(InclusionGroup.WOMEN, new Rate(1, 2))
                .containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(1, 2))
                .containsEntry(InclusionGroup.UNDER_30, new Rate(0, 2));
        assertThat(training.diversity().keySet()).containsExactly(InclusionGroup.values());
    }
}
