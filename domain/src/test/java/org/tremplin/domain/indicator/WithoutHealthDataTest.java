package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aContract;
import static org.tremplin.domain.indicator.IndicatorTestData.aLeaver;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearner;
import static org.tremplin.domain.indicator.IndicatorTestData.aProfile;
import static org.tremplin.domain.indicator.IndicatorTestData.anApplicant;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;
import static org.tremplin.domain.indicator.IndicatorTestData.partner;
import static org.tremplin.domain.indicator.IndicatorTestData.uuid;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.person.DisabilityStatus;

/**
 * A report for a reader not allowed to read health data holds no count and no share of the
 * recognised-disability group: not even by comparing two reports could such a reader learn one
 * person's status.
 */
class WithoutHealthDataTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);
    private static final LocalDate LEFT_ON = LocalDate.of(2025, 1, 15);
    private static final LearnerId SUBJECT_LEARNER = new LearnerId(uuid(42));
    private static final ApplicantId SUBJECT_APPLICANT = new ApplicantId(uuid(43));

    @Test
    void leaves_the_recognised_disability_group_out_of_every_funnel_stage_and_out_of_training() {
        IndicatorReport full = everyPartOfAReport(DisabilityStatus.RECOGNISED, DisabilityStatus.RECOGNISED);

        IndicatorReport withoutHealthData = full.withoutHealthData();

        assertThat(full.healthDataShown()).isTrue();
        assertThat(full.funnel().stages()).allSatisfy(stage ->
                assertThat(stage.diversity()).containsKey(InclusionGroup.RECOGNISED_DISABILITY));
        assertThat(full.training().diversity()).containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(1, 3));
        assertThat(withoutHealthData.healthDataShown()).isFalse();
        assertThat(withoutHealthData.funnel().stages()).hasSize(4).allSatisfy(stage ->
                assertThat(stage.diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY));
        assertThat(withoutHealthData.training().diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY);
    }

    @Test
    void keeps_everything_else_as_it_was() {
        IndicatorReport full = everyPartOfAReport(DisabilityStatus.RECOGNISED, DisabilityStatus.RECOGNISED);

        IndicatorReport withoutHealthData = full.withoutHealthData();

        assertThat(withoutHealthData.training().diversity())
                .containsExactlyEntriesOf(withoutGroup(full.training().diversity()));
        for (int i = 0; i < full.funnel().stages().size(); i++) {
            FunnelStage before = full.funnel().stages().get(i);
            FunnelStage after = withoutHealthData.funnel().stages().get(i);
            assertThat(after.stage()).isEqualTo(before.stage());
            assertThat(after.reached()).isEqualTo(before.reached());
            assertThat(after.ofApplied()).isEqualTo(before.ofApplied());
            assertThat(after.diversity()).containsExactlyEntriesOf(withoutGroup(before.diversity()));
        }
        assertThat(withoutHealthData.training().enrolled()).isEqualTo(full.training().enrolled());
        assertThat(withoutHealthData.training().completion()).isEqualTo(full.training().completion());
        assertThat(withoutHealthData.asOf()).isEqualTo(full.asOf());
        assertThat(withoutHealthData.leavingYear()).isEqualTo(full.leavingYear());
        assertThat(withoutHealthData.contracts()).isEqualTo(full.contracts());
        assertThat(withoutHealthData.followUps()).isEqualTo(full.followUps());
        assertThat(withoutHealthData.jobsCreated()).isEqualTo(full.jobsCreated()).isEqualTo(1);
        assertThat(withoutHealthData.partners()).isEqualTo(full.partners());
        assertThat(withoutHealthData.funding()).isEqualTo(full.funding());
        assertThat(withoutHealthData.partnerNames()).isEqualTo(full.partnerNames());
    }

    @ParameterizedTest(name = "recognised against {0}")
    @EnumSource(value = DisabilityStatus.class, names = "RECOGNISED", mode = EnumSource.Mode.EXCLUDE)
    void two_reports_differing_only_in_one_learners_disability_are_equal_without_health_data(DisabilityStatus other) {
        IndicatorReport recognised = everyPartOfAReport(DisabilityStatus.RECOGNISED, DisabilityStatus.NOT_RECOGNISED);
        IndicatorReport notRecognised = everyPartOfAReport(other, DisabilityStatus.NOT_RECOGNISED);

        // Out of the 3 learners: 1 recognised, or none.
        assertThat(recognised.training().diversity()).containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(1, 3));
        assertThat(notRecognised.training().diversity()).containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(0, 3));
        assertThat(recognised).isNotEqualTo(notRecognised);
        assertThat(recognised.withoutHealthData()).isEqualTo(notRecognised.withoutHealthData());
    }

    @ParameterizedTest(name = "recognised against {0}")
    @EnumSource(value = DisabilityStatus.class, names = "RECOGNISED", mode = EnumSource.Mode.EXCLUDE)
    void two_reports_differing_only_in_one_applicants_disability_are_equal_without_health_data(DisabilityStatus other) {
        IndicatorReport recognised = everyPartOfAReport(DisabilityStatus.NOT_RECOGNISED, DisabilityStatus.RECOGNISED);
        IndicatorReport notRecognised = everyPartOfAReport(DisabilityStatus.NOT_RECOGNISED, other);

        // The subject applicant reached selection: 1 of the 2 selected is recognised, or none.
        FunnelStage selectedRecognised = recognised.funnel().stages().get(2);
        FunnelStage selectedNot = notRecognised.funnel().stages().get(2);
        assertThat(selectedRecognised.stage()).isEqualTo(SelectionStage.SELECTED);
        assertThat(selectedRecognised.diversity()).containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(1, 2));
        assertThat(selectedNot.diversity()).containsEntry(InclusionGroup.RECOGNISED_DISABILITY, new Rate(0, 2));
        assertThat(recognised).isNotEqualTo(notRecognised);
        assertThat(recognised.withoutHealthData()).isEqualTo(notRecognised.withoutHealthData());
    }

    @Test
    void stays_without_health_data_once_partners_are_named_and_when_asked_twice() {
        IndicatorReport withoutHealthData = everyPartOfAReport(DisabilityStatus.RECOGNISED, DisabilityStatus.RECOGNISED)
                .withoutHealthData();

        IndicatorReport named = withoutHealthData.withPartnerNames(Map.of(partner(7), "Atelier Numérique"));

        assertThat(named.healthDataShown()).isFalse();
        assertThat(named.training().diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY);
        assertThat(named.funnel().stages()).allSatisfy(stage ->
                assertThat(stage.diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY));
        assertThat(named.partnerName(partner(7))).contains("Atelier Numérique");
        assertThat(withoutHealthData.withoutHealthData()).isEqualTo(withoutHealthData);
    }

    @Test
    void an_empty_report_without_health_data_has_no_such_group_either() {
        IndicatorReport withoutHealthData = inputs().reportAsOf(AS_OF).withoutHealthData();

        assertThat(withoutHealthData.funnel().stages()).allSatisfy(stage ->
                assertThat(stage.diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY)
                        .hasSize(InclusionGroup.values().length - 1));
        assertThat(withoutHealthData.training().diversity()).doesNotContainKey(InclusionGroup.RECOGNISED_DISABILITY);
    }

    /**
     * Inputs touching every part of a report, with one subject learner and one subject applicant
     * whose disability status is chosen; everything else is built alike on each call.
     */
    private static IndicatorReport everyPartOfAReport(DisabilityStatus learnersStatus, DisabilityStatus applicantsStatus) {
        Learner subject = aLeaver(LEFT_ON).id(SUBJECT_LEARNER).disability(learnersStatus)
                .profile(aProfile().woman()).build();
        Learner inWorkStudy = aLearner().id(new LearnerId(uuid(44))).inWorkStudy().build();
        Learner inCentre = aLearner().id(new LearnerId(uuid(45))).inCentre().build();
        return inputs()
                .applicants(
                        anApplicant().id(SUBJECT_APPLICANT).disability(applicantsStatus)
                                .reaching(SelectionStage.SELECTED).build(),
                        anApplicant().id(new ApplicantId(uuid(46))).profile(aProfile().woman())
                                .reaching(SelectionStage.ENROLLED).build(),
                        anApplicant().id(new ApplicantId(uuid(47))).build())
                .learners(subject, inWorkStudy, inCentre)
                .contracts(aContract().forLearner(inWorkStudy).hostedBy(partner(7)).build())
                .outcomes(anOutcome().id(48).forLearner(subject).observedOn(LocalDate.of(2025, 7, 15))
                        .situation(Situation.PERMANENT_CONTRACT).employedBy(partner(7)).build())
                .reportAsOf(AS_OF);
    }

    private static Map<InclusionGroup, Rate> withoutGroup(Map<InclusionGroup, Rate> diversity) {
        Map<InclusionGroup, Rate> copy = new EnumMap<>(diversity);
        copy.remove(InclusionGroup.RECOGNISED_DISABILITY);
        return copy;
    }
}
