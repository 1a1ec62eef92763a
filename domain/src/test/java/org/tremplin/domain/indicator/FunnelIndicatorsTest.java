package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aProfile;
import static org.tremplin.domain.indicator.IndicatorTestData.anApplicant;
import static org.tremplin.domain.indicator.IndicatorTestData.concat;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.IndicatorTestData.times;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.person.DisabilityStatus;

class FunnelIndicatorsTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @Test
    void counts_who_reached_each_stage_from_application_to_enrolment() {
        List<FunnelStage> stages = inputs().applicants(
                        anApplicant().build(),
                        anApplicant().reaching(SelectionStage.PRESELECTED).build(),
                        anApplicant().reaching(SelectionStage.SELECTED).build(),
                        anApplicant().reaching(SelectionStage.ENROLLED).build(),
                        anApplicant().reaching(SelectionStage.PRESELECTED).thenRejected().build())
                .reportAsOf(AS_OF).funnel().stages();

        assertThat(stages).extracting(FunnelStage::stage).containsExactly(
                SelectionStage.APPLIED, SelectionStage.PRESELECTED, SelectionStage.SELECTED, SelectionStage.ENROLLED);
        assertThat(stages).extracting(FunnelStage::reached).containsExactly(5L, 4L, 2L, 1L);
        assertThat(stages).extracting(FunnelStage::ofApplied)
                .containsExactly(new Rate(5, 5), new Rate(4, 5), new Rate(2, 5), new Rate(1, 5));
    }

    @Test
    void measures_diversity_among_those_who_reached_each_stage() {
        // Turns 26 between application and enrolment: still counted under 26, as on the day she applied.
        Applicant enrolledWoman = anApplicant().appliedOn(LocalDate.of(2025, 3, 3))
                .profile(aProfile().woman().bornOn(LocalDate.of(1999, 3, 10)))
                .reaching(SelectionStage.ENROLLED).build();
        Applicant selectedWithDisability = anApplicant().disability(DisabilityStatus.RECOGNISED)
                .reaching(SelectionStage.SELECTED).build();
        Applicant appliedWoman = anApplicant().profile(aProfile().woman()).build();

        List<FunnelStage> stages = inputs()
                .applicants(enrolledWoman, selectedWithDisability, appliedWoman, anApplicant().build())
                .reportAsOf(AS_OF).funnel().stages();

        FunnelStage applied = stages.get(0);
        assertThat(applied.diversity()).containsEntry(InclusionGroup.WOMEN, new Rate(2, 4))
                .containsEntry(InclusionGroup.UNDER_26, new Rate(1, 4))
                .containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(1, 4));
        FunnelStage selected = stages.get(2);
        assertThat(selected.diversity()).containsEntry(InclusionGroup.WOMEN, new Rate(1, 2))
                .containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(1, 2));
        FunnelStage enrolled = stages.get(3);
        assertThat(enrolled.diversity()).containsEntry(InclusionGroup.WOMEN, new Rate(1, 1))
                .containsEntry(InclusionGroup.UNDER_26, new Rate(1, 1))
                .containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(0, 1))
                .containsEntry(InclusionGroup.JOB_SEEKERS, new Rate(0, 1));
        assertThat(enrolled.diversity()).containsOnlyKeys(InclusionGroup.values());
        assertThat(enrolled.diversity().keySet()).containsExactly(InclusionGroup.values());
    }

    @Test
    void publishes_rates_once_twenty_applied() {
        List<Applicant> applicants = concat(
                times(2, () -> anApplicant().profile(aProfile().woman()).reaching(SelectionStage.ENROLLED).build()),
                times(3, () -> anApplicant().reaching(SelectionStage.ENROLLED).build()),
                times(6, () -> anApplicant().profile(aProfile().woman()).build()),
                times(9, () -> anApplicant().reaching(SelectionStage.SELECTED).thenRejected().build()));

        List<FunnelStage> stages = inputs().applicants(applicants).reportAsOf(AS_OF).funnel().stages();

        assertThat(stages.get(0).ofApplied().percent()).contains(new BigDecimal("100.0"));
        assertThat(stages.get(0).diversity().get(InclusionGroup.WOMEN).value()).contains(new BigDecimal("0.4000"));
        assertThat(stages.get(2).ofApplied()).isEqualTo(new Rate(14, 20));
        assertThat(stages.get(2).ofApplied().value()).contains(new BigDecimal("0.7000"));
        assertThat(stages.get(3).ofApplied().value()).contains(new BigDecimal("0.2500"));
        assertThat(stages.get(3).diversity().get(InclusionGroup.WOMEN)).isEqualTo(new Rate(2, 5));
        assertThat(stages.get(3).diversity().get(InclusionGroup.WOMEN).isSuppressed()).isTrue();
    }

    @Test
    void keeps_every_stage_when_nobody_applied() {
        List<FunnelStage> stages = inputs().reportAsOf(AS_OF).funnel().stages();

        assertThat(stages).hasSize(4);
        assertThat(stages).extracting(FunnelStage::reached).containsOnly(0L);
        assertThat(stages).extracting(FunnelStage::ofApplied).containsOnly(new Rate(0, 0));
        assertThat(stages.get(0).diversity()).hasSize(InclusionGroup.values().length);
    }
}
