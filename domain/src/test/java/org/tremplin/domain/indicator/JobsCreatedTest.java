package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aLeaver;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;

/**
 * Jobs created: learners whose latest follow-up observed on or before the report's day is
 * employment, salaried or self-employed; two on that same day, the better situation.
 */
class JobsCreatedTest {
    private static final LocalDate LEFT_ON = LocalDate.of(2024, 6, 28);
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate EARLIER = LocalDate.of(2024, 9, 1);
    private static final LocalDate LATER = LocalDate.of(2025, 3, 1);

    @Test
    void a_job_since_lost_does_not_count() {
        Learner lostTheJob = aLeaver(LEFT_ON).build();

        long jobs = inputs().learners(lostTheJob).outcomes(
                        anOutcome().forLearner(lostTheJob).observedOn(EARLIER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(lostTheJob).observedOn(LATER).situation(Situation.JOB_SEEKING).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isZero();
    }

    @Test
    void a_job_found_after_seeking_counts_whatever_the_order_given() {
        Learner foundAJob = aLeaver(LEFT_ON).build();

        long jobs = inputs().learners(foundAJob).outcomes(
                        anOutcome().forLearner(foundAJob).observedOn(LATER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(foundAJob).observedOn(EARLIER).situation(Situation.JOB_SEEKING).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void a_job_found_after_the_day_of_the_report_does_not_count_yet() {
        Learner hiredAfterwards = aLeaver(LEFT_ON).build();
        Learner hiredThatDay = aLeaver(LEFT_ON).build();

        long jobs = inputs().learners(hiredAfterwards, hiredThatDay).outcomes(
                        anOutcome().forLearner(hiredAfterwards).observedOn(EARLIER).situation(Situation.JOB_SEEKING).build(),
                        anOutcome().forLearner(hiredAfterwards).observedOn(AS_OF.plusDays(1)).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(hiredThatDay).observedOn(AS_OF).situation(Situation.TEMPORARY_AGENCY_WORK).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void a_job_lost_after_the_day_of_the_report_still_counts() {
        Learner lostItAfterwards = aLeaver(LEFT_ON).build();

        long jobs = inputs().learners(lostItAfterwards).outcomes(
                        anOutcome().forLearner(lostItAfterwards).observedOn(EARLIER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(lostItAfterwards).observedOn(AS_OF.plusDays(1)).situation(Situation.INACTIVE).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void counts_salaried_and_self_employment_but_not_further_studies_nor_a_new_work_study_contract() {
        // 4 salaried kinds + self-employed = 5; the other five situations, none.
        List<Learner> learners = new ArrayList<>();
        List<EmploymentOutcome> outcomes = new ArrayList<>();
        for (Situation situation : Situation.values()) {
            Learner learner = aLeaver(LEFT_ON).build();
            learners.add(learner);
            outcomes.add(anOutcome().forLearner(learner).observedOn(LATER).situation(situation).build());
        }

        long jobs = inputs().learners(learners).outcomes(outcomes).reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(5);
    }

    @Test
    void counts_each_learner_once() {
        Learner learner = aLeaver(LEFT_ON).build();

        long jobs = inputs().learners(learner).outcomes(
                        anOutcome().forLearner(learner).observedOn(EARLIER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(learner).observedOn(LATER).situation(Situation.PERMANENT_CONTRACT).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void a_learner_never_followed_up_is_no_job() {
        assertThat(inputs().learners(aLeaver(LEFT_ON).build()).reportAsOf(AS_OF).jobsCreated()).isZero();
    }

    @ParameterizedTest(name = "{0} and {1} on the same day: {2} job")
    @CsvSource({
            "PERMANENT_CONTRACT, JOB_SEEKING, 1",
            "SELF_EMPLOYED, JOB_SEEKING, 1",
            "SELF_EMPLOYED, INACTIVE, 1",
            "TEMPORARY_AGENCY_WORK, UNKNOWN, 1",
            // Further studies rank above self-employment, and a new work-study contract is further studies.
            "SELF_EMPLOYED, FURTHER_STUDIES, 0",
            "SELF_EMPLOYED, HIRED_WORK_STUDY, 0",
            "HIRED_WORK_STUDY, TEMPORARY_AGENCY_WORK, 1",
            "JOB_SEEKING, INACTIVE, 0"})
    void on_the_same_day_the_better_situation_is_the_latest_whatever_the_identifiers_and_order(
            Situation one, Situation other, long expectedJobs) {
        Learner learner = aLeaver(LEFT_ON).build();

        for (long[] ids : new long[][] {{11, 12}, {12, 11}}) {
            EmploymentOutcome first = anOutcome().id(ids[0]).forLearner(learner).observedOn(LATER).situation(one).build();
            EmploymentOutcome second = anOutcome().id(ids[1]).forLearner(learner).observedOn(LATER).situation(other).build();

            assertThat(inputs().learners(learner).outcomes(first, second).reportAsOf(AS_OF).jobsCreated())
                    .as("ids %s, %s first", ids[0], one).isEqualTo(expectedJobs);
            assertThat(inputs().learners(learner).outcomes(second, first).reportAsOf(AS_OF).jobsCreated())
                    .as("ids %s, %s first", ids[1], other).isEqualTo(expectedJobs);
        }
    }
}
