package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.learner.Learner;

class IndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @Test
    void reports_zero_everywhere_when_there_is_nothing_to_count() {
        IndicatorReport report = inputs().reportAsOf(AS_OF);

        assertThat(report.asOf()).isEqualTo(AS_OF);
        assertThat(report.funnel().stages()).hasSize(4);
        assertThat(report.training().enrolled()).isZero();
        assertThat(report.training().completion()).isEqualTo(new Rate(0, 0));
        assertThat(report.contracts().breakRate()).isEqualTo(new Rate(0, 0));
        assertThat(report.sixMonths().leavers()).isZero();
        assertThat(report.sixMonths().employmentRate().isSuppressed()).isTrue();
        assertThat(report.twelveMonths().leavers()).isZero();
        assertThat(report.jobsCreated()).isZero();
        assertThat(report.partners()).isEmpty();
    }

    @Test
    void inputs_are_not_changed_by_later_changes_to_the_callers_lists() {
        List<Learner> learners = new ArrayList<>(List.of(aLearner().build()));
        IndicatorInputs inputs = new IndicatorInputs(List.of(), learners, List.of(), List.of(), List.of(), List.of());

        learners.add(aLearner().build());

        assertThat(inputs.learners()).hasSize(1);
        assertThat(Indicators.report(inputs, AS_OF).training().enrolled()).isEqualTo(1);
    }

    @Test
    void diversity_needs_every_group() {
        Map<InclusionGroup, Rate> onlyWomen = new EnumMap<>(InclusionGroup.class);
        onlyWomen.put(InclusionGroup.WOMEN, new Rate(0, 0));
        Rate none = new Rate(0, 0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new TrainingIndicators(0, 0, 0, 0, 0, none, none, onlyWomen));
    }

    @Test
    void diversity_cannot_be_changed_by_its_readers() {
        Map<InclusionGroup, Rate> diversity = inputs().reportAsOf(AS_OF).training().diversity();

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> diversity.put(InclusionGroup.WOMEN, new Rate(1, 1)));
    }
}
