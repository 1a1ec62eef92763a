package org.tremplin.domain.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;
import static org.tremplin.domain.testdata.Outcomes.anOutcome;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.testdata.Ids;
import org.tremplin.domain.testdata.Outcomes;

@DisplayName("EmploymentOutcome")
class EmploymentOutcomeTest {
    private static final LocalDate LEFT_ON = LocalDate.of(2020, 4, 30);

    @Nested
    @DisplayName("employer")
    class EmployerRules {
        @ParameterizedTest(name = "{0} needs an employer")
        @EnumSource(value = Situation.class, names = {"PERMANENT_CONTRACT", "FIXED_TERM_6_MONTHS_OR_MORE",
                "FIXED_TERM_UNDER_6_MONTHS", "TEMPORARY_AGENCY_WORK", "HIRED_WORK_STUDY"})
        void employerRequired(Situation situation) {
            assertThat(anOutcome().in(situation).build().employer()).contains(Employer.partner(Ids.partner(2)));
            assertThat(anOutcome().in(situation).withEmployer(Employer.named("Boulangerie Dupont")).build()
                    .employer()).contains(Employer.named("Boulangerie Dupont"));

            var error = assertInvalid(() -> anOutcome().in(situation).withoutEmployer().build(),
                    ErrorCodes.EMPLOYER_REQUIRED, "employer");
            assertThat(error).hasMessage("an employer is required for " + situation);
        }

        @ParameterizedTest(name = "{0} names no employer")
        @EnumSource(value = Situation.class, names = {"JOB_SEEKING", "INACTIVE", "UNKNOWN", "FURTHER_STUDIES"})
        void employerRefused(Situation situation) {
            assertThat(Outcomes.without(situation).build().employer()).isEmpty();

            var error = assertInvalid(() -> Outcomes.without(situation).withEmployer(Employer.named("Acme")).build(),
                    ErrorCodes.EMPLOYER_NOT_APPLICABLE, "employer");
            assertThat(error).hasMessage("no employer can be named for " + situation);
        }

        @Test
        @DisplayName("a self-employed person may name a client or not")
        void selfEmployedOptional() {
            assertThat(Outcomes.without(Situation.SELF_EMPLOYED).build().employer()).isEmpty();
            assertThat(Outcomes.without(Situation.SELF_EMPLOYED).withEmployer(Employer.named("Client SA")).build()
                    .employer()).contains(Employer.named("Client SA"));
        }
    }

    @Nested
    @DisplayName("job title")
    class JobTitle {
        @ParameterizedTest(name = "{0} may give a job title or not")
        @EnumSource(value = Situation.class, names = {"PERMANENT_CONTRACT", "FIXED_TERM_6_MONTHS_OR_MORE",
                "FIXED_TERM_UNDER_6_MONTHS", "TEMPORARY_AGENCY_WORK", "HIRED_WORK_STUDY", "SELF_EMPLOYED"})
        void jobTitleAllowed(Situation situation) {
            assertThat(anOutcome().in(situation).withJobTitle(" Data analyst ").build().jobTitle())
                    .contains("Data analyst");
            assertThat(anOutcome().in(situation).withoutJobTitle().build().jobTitle()).isEmpty();
        }

        @ParameterizedTest(name = "{0} gives no job title")
        @EnumSource(value = Situation.class, names = {"JOB_SEEKING", "INACTIVE", "UNKNOWN", "FURTHER_STUDIES"})
        void jobTitleRefused(Situation situation) {
            var error = assertInvalid(() -> Outcomes.without(situation).withJobTitle("Data analyst").build(),
                    ErrorCodes.EMPLOYER_NOT_APPLICABLE, "jobTitle");

            assertThat(error).hasMessage("no job title can be given for " + situation);
        }

        @Test
        @DisplayName("a blank job title counts as none, even where none may be given")
        void blankJobTitle() {
            assertThat(Outcomes.without(Situation.JOB_SEEKING).withJobTitle("  ").build().jobTitle()).isEmpty();
            assertThat(anOutcome().withJobTitle("").build().jobTitle()).isEmpty();
        }

        @Test
        @DisplayName("accepts 120 characters and refuses 121")
        void length() {
            String longest = "t".repeat(EmploymentOutcome.JOB_TITLE_MAX_LENGTH);

            assertThat(anOutcome().withJobTitle(longest).build().jobTitle()).contains(longest);
            assertInvalid(() -> anOutcome().withJobTitle(longest + "t").build(), ErrorCodes.TOO_LONG, "jobTitle");
        }
    }

    @Nested
    @DisplayName("dates")
    class Dates {
        @ParameterizedTest(name = "left 2020-04-30, observed {0}: {1} whole months")
        @CsvSource({"2020-04-30, 0", "2020-05-29, 0", "2020-05-30, 1", "2020-10-29, 5", "2020-10-30, 6",
                "2021-04-30, 12", "2021-10-30, 18"})
        void monthsSinceLeaving(LocalDate observedOn, long months) {
            assertThat(anOutcome().observedOn(observedOn).build().monthsSinceLeaving(LEFT_ON)).isEqualTo(months);
        }

        @Test
        @DisplayName("refuses an observation before the learner left, with date.order on observedOn")
        void observedBeforeLeaving() {
            EmploymentOutcome outcome = anOutcome().observedOn(LEFT_ON.minusDays(1)).build();

            var error = assertInvalid(() -> outcome.monthsSinceLeaving(LEFT_ON), ErrorCodes.DATE_ORDER, "observedOn");
            assertThat(error).hasMessage("observedOn cannot be before the day the learner left");
            assertInvalid(() -> outcome.requireObservedAfterLeaving(LEFT_ON), ErrorCodes.DATE_ORDER, "observedOn");
        }

        @Test
        @DisplayName("accepts an observation on the day the learner left")
        void observedOnLeavingDay() {
            anOutcome().observedOn(LEFT_ON).build().requireObservedAfterLeaving(LEFT_ON);
        }
    }

    @Nested
    @DisplayName("recording and correcting")
    class Recording {
        @Test
        @DisplayName("is recorded unsaved with the values given")
        void record() {
            EmploymentOutcome outcome = Outcomes.outcome();

            assertThat(outcome.version()).isZero();
            assertThat(outcome.learnerId()).isEqualTo(Ids.learner());
            assertThat(outcome.observedOn()).isEqualTo(Outcomes.OBSERVED_ON);
            assertThat(outcome.situation()).isEqualTo(Situation.PERMANENT_CONTRACT);
            assertThat(outcome.jobTitle()).contains("Data analyst");
        }

        @Test
        @DisplayName("refuses missing values")
        void refusesMissingValues() {
            LocalDate on = Outcomes.OBSERVED_ON;
            assertInvalid(() -> EmploymentOutcome.record(null, Ids.learner(), on, Situation.UNKNOWN, Optional.empty(),
                    Optional.empty()), ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> EmploymentOutcome.record(Ids.outcome(), null, on, Situation.UNKNOWN, Optional.empty(),
                    Optional.empty()), ErrorCodes.REQUIRED, "learnerId");
            assertInvalid(() -> EmploymentOutcome.record(Ids.outcome(), Ids.learner(), null, Situation.UNKNOWN,
                    Optional.empty(), Optional.empty()), ErrorCodes.REQUIRED, "observedOn");
            assertInvalid(() -> EmploymentOutcome.record(Ids.outcome(), Ids.learner(), on, null, Optional.empty(),
                    Optional.empty()), ErrorCodes.REQUIRED, "situation");
            assertInvalid(() -> EmploymentOutcome.record(Ids.outcome(), Ids.learner(), on, Situation.UNKNOWN, null,
                    Optional.empty()), ErrorCodes.REQUIRED, "employer");
            assertInvalid(() -> EmploymentOutcome.record(Ids.outcome(), Ids.learner(), on, Situation.UNKNOWN,
                    Optional.empty(), null), ErrorCodes.REQUIRED, "jobTitle");
        }

        @Test
        @DisplayName("correct checks the new situation against the employer")
        void correct() {
            EmploymentOutcome outcome = Outcomes.outcome().withVersion(2);

            EmploymentOutcome corrected = outcome.correct(LocalDate.of(2021, 4, 30), Situation.JOB_SEEKING,
                    Optional.empty(), Optional.empty());
            assertThat(corrected.situation()).isEqualTo(Situation.JOB_SEEKING);
            assertThat(corrected.observedOn()).isEqualTo(LocalDate.of(2021, 4, 30));
            assertThat(corrected.version()).isEqualTo(2);
            assertThat(corrected.id()).isEqualTo(outcome.id());

            assertInvalid(() -> outcome.correct(outcome.observedOn(), Situation.JOB_SEEKING, outcome.employer(),
                    Optional.empty()), ErrorCodes.EMPLOYER_NOT_APPLICABLE, "employer");
        }
    }
}
