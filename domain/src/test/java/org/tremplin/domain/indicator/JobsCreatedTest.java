package org.tremplin.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.indicator.IndicatorTestData.aLearnerId;
import static org.tremplin.domain.indicator.IndicatorTestData.anOutcome;
import static org.tremplin.domain.indicator.IndicatorTestData.inputs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Situation;

class JobsCreatedTest {
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
    private static final LocalDate EARLIER = LocalDate.of(2024, 9, 1);
    private static final LocalDate LATER = LocalDate.of(2025, 3, 1);

    @Test
    void a_job_since_lost_does_not_count() {
        LearnerId lostTheJob = aLearnerId();

        long jobs = inputs().outcomes(
                        anOutcome().forLearner(lostTheJob).observedOn(EARLIER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(lostTheJob).observedOn(LATER).situation(Situation.JOB_SEEKING).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isZero();
    }

    @Test
    void a_job_found_after_seeking_counts_whatever_the_order_given() {
        LearnerId foundAJob = aLearnerId();

        long jobs = inputs().outcomes(
                        anOutcome().forLearner(foundAJob).observedOn(LATER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(foundAJob).observedOn(EARLIER).situation(Situation.JOB_SEEKING).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void a_job_found_after_the_day_of_the_report_does_not_count_yet() {
        LearnerId hiredAfterwards = aLearnerId();
        LearnerId hiredThatDay = aLearnerId();

        long jobs = inputs().outcomes(
                        anOutcome().forLearner(hiredAfterwards).observedOn(EARLIER).situation(Situation.JOB_SEEKING).build(),
                        anOutcome().forLearner(hiredAfterwards).observedOn(AS_OF.plusDays(1)).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(hiredThatDay).observedOn(AS_OF).situation(Situation.TEMPORARY_AGENCY_WORK).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void a_job_lost_after_the_day_of_the_report_still_counts() {
        LearnerId lostItAfterwards = aLearnerId();

        long jobs = inputs().outcomes(
                        anOutcome().forLearner(lostItAfterwards).observedOn(EARLIER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(lostItAfterwards).observedOn(AS_OF.plusDays(1)).situation(Situation.INACTIVE).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void counts_self_employment_but_not_a_new_work_study_contract() {
        long jobs = inputs().outcomes(
                        anOutcome().situation(Situation.SELF_EMPLOYED).build(),
                        anOutcome().situation(Situation.HIRED_WORK_STUDY).build(),
                        anOutcome().situation(Situation.FURTHER_STUDIES).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void counts_each_learner_once() {
        LearnerId learner = aLearnerId();

        long jobs = inputs().outcomes(
                        anOutcome().forLearner(learner).observedOn(EARLIER).situation(Situation.PERMANENT_CONTRACT).build(),
                        anOutcome().forLearner(learner).observedOn(LATER).situation(Situation.PERMANENT_CONTRACT).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(jobs).isEqualTo(1);
    }

    @Test
    void on_the_same_day_the_greatest_identifier_is_the_latest() {
        LearnerId learner = aLearnerId();

        long seekingLast = inputs().outcomes(
                        anOutcome().id(12).forLearner(learner).observedOn(LATER).situation(Situation.JOB_SEEKING).build(),
                        anOutcome().id(11).forLearner(learner).observedOn(LATER).situation(Situation.PERMANENT_CONTRACT).build())
                .reportAsOf(AS_OF).jobsCreated();
        long employedLast = inputs().outcomes(
                        anOutcome().id(13).forLearner(learner).observedOn(LATER).situation(Situation.JOB_SEEKING).build(),
                        anOutcome().id(14).forLearner(learner).observedOn(LATER).situation(Situation.PERMANENT_CONTRACT).build())
                .reportAsOf(AS_OF).jobsCreated();

        assertThat(seekingLast).isZero();
        assertThat(employedLast).isEqualTo(1);
    }
}
