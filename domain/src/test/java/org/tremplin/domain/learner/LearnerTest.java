package org.tremplin.domain.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;
import static org.tremplin.domain.testdata.DomainAssertions.assertViolation;
import static org.tremplin.domain.testdata.Learners.aLearner;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.testdata.Cohorts;
import org.tremplin.domain.testdata.Ids;
import org.tremplin.domain.testdata.Learners;
import org.tremplin.domain.testdata.People;
import org.tremplin.domain.testdata.Profiles;

@DisplayName("Learner")
class LearnerTest {
    private static final LocalDate ENROLLED_ON = Learners.ENROLLED_ON;
    private static final LocalDate LATER = LocalDate.of(2021, 1, 1);

    /** A learner at {@code status} with the default dates. */
    private static Learner at(LearnerStatus status) {
        return switch (status) {
            case ENROLLED -> Learners.enrolled();
            case IN_CENTRE -> Learners.inCentre();
            case IN_WORK_STUDY -> Learners.inWorkStudy();
            case GRADUATED -> Learners.graduated();
            case DROPPED_OUT -> Learners.droppedOut();
        };
    }

    @Nested
    @DisplayName("enrolment")
    class Enrolment {
        @Test
        @DisplayName("takes school and cohort from the cohort and starts ENROLLED, unsaved")
        void enrol() {
            Cohort cohort = Cohorts.cohort();

            Learner learner = Learner.enrol(Ids.learner(), cohort, Optional.of(Ids.applicant()), People.name(),
                    People.email(), Profiles.profile(), DisabilityStatus.UNDISCLOSED, ENROLLED_ON);

            assertThat(learner.schoolId()).isEqualTo(cohort.schoolId());
            assertThat(learner.cohortId()).isEqualTo(cohort.id());
            assertThat(learner.applicantId()).contains(Ids.applicant());
            assertThat(learner.status()).isEqualTo(LearnerStatus.ENROLLED);
            assertThat(learner.version()).isZero();
            assertThat(learner.enrolledOn()).isEqualTo(ENROLLED_ON);
            assertThat(learner.leftOn()).isEmpty();
        }

        @Test
        @DisplayName("a learner may enrol without having applied through the funnel")
        void withoutApplicant() {
            Learner learner = Learner.enrol(Ids.learner(), Cohorts.cohort(), Optional.empty(), People.name(),
                    People.email(), Profiles.profile(), DisabilityStatus.UNDISCLOSED, ENROLLED_ON);

            assertThat(learner.applicantId()).isEmpty();
        }

        @Test
        @DisplayName("refuses a missing cohort, naming cohortId")
        void refusesMissingCohort() {
            assertInvalid(() -> Learner.enrol(Ids.learner(), null, Optional.empty(), People.name(), People.email(),
                    Profiles.profile(), DisabilityStatus.UNDISCLOSED, ENROLLED_ON), ErrorCodes.REQUIRED, "cohortId");
        }

        @Test
        @DisplayName("refuses missing values")
        void refusesMissingValues() {
            Cohort cohort = Cohorts.cohort();
            var name = People.name();
            var email = People.email();
            var profile = Profiles.profile();
            var dis = DisabilityStatus.UNDISCLOSED;
            assertInvalid(() -> Learner.enrol(null, cohort, Optional.empty(), name, email, profile, dis, ENROLLED_ON),
                    ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> Learner.enrol(Ids.learner(), cohort, null, name, email, profile, dis, ENROLLED_ON),
                    ErrorCodes.REQUIRED, "applicantId");
            assertInvalid(() -> Learner.enrol(Ids.learner(), cohort, Optional.empty(), null, email, profile, dis,
                    ENROLLED_ON), ErrorCodes.REQUIRED, "name");
            assertInvalid(() -> Learner.enrol(Ids.learner(), cohort, Optional.empty(), name, null, profile, dis,
                    ENROLLED_ON), ErrorCodes.REQUIRED, "email");
            assertInvalid(() -> Learner.enrol(Ids.learner(), cohort, Optional.empty(), name, email, null, dis,
                    ENROLLED_ON), ErrorCodes.REQUIRED, "profile");
            assertInvalid(() -> Learner.enrol(Ids.learner(), cohort, Optional.empty(), name, email, profile, null,
                    ENROLLED_ON), ErrorCodes.REQUIRED, "disability");
            assertInvalid(() -> Learner.enrol(Ids.learner(), cohort, Optional.empty(), name, email, profile, dis,
                    null), ErrorCodes.REQUIRED, "enrolledOn");
        }

        @Test
        @DisplayName("refuses a learner under 16 on the enrolment date with person.too-young")
        void tooYoung() {
            var error = assertInvalid(() -> aLearner().withProfile(Profiles.bornOn(LocalDate.of(2002, 9, 21)))
                    .build(), ErrorCodes.TOO_YOUNG, "dateOfBirth");

            assertThat(error).hasMessage("a person must be at least 16 years old on enrolledOn");
            assertThat(aLearner().withProfile(Profiles.bornOn(LocalDate.of(2002, 9, 20))).build().ageAtEntry())
                    .isEqualTo(16);
        }
    }

    @Nested
    @DisplayName("status derived from dates")
    class DerivedStatus {
        @Test
        @DisplayName("no date after enrolment: ENROLLED")
        void enrolled() {
            assertThat(Learners.enrolled().status()).isEqualTo(LearnerStatus.ENROLLED);
        }

        @Test
        @DisplayName("centre started: IN_CENTRE")
        void inCentre() {
            assertThat(Learners.inCentre().status()).isEqualTo(LearnerStatus.IN_CENTRE);
        }

        @Test
        @DisplayName("work-study started: IN_WORK_STUDY")
        void inWorkStudy() {
            assertThat(Learners.inWorkStudy().status()).isEqualTo(LearnerStatus.IN_WORK_STUDY);
        }

        @Test
        @DisplayName("graduation date: GRADUATED")
        void graduated() {
            assertThat(Learners.graduated().status()).isEqualTo(LearnerStatus.GRADUATED);
        }

        @Test
        @DisplayName("a drop-out: DROPPED_OUT, whatever stage was reached")
        void droppedOut() {
            assertThat(Learners.droppedOut().status()).isEqualTo(LearnerStatus.DROPPED_OUT);
            assertThat(aLearner().untilWorkStudy().withDropOut(LocalDate.of(2019, 9, 1), DropOutReason.HEALTH)
                    .build().status()).isEqualTo(LearnerStatus.DROPPED_OUT);
        }

        @Test
        @DisplayName("refuses a work-study start without a centre start")
        void workStudyNeedsCentre() {
            var error = assertViolation(() -> aLearner().withWorkStudyStartedOn(LocalDate.of(2019, 5, 1)).build(),
                    ErrorCodes.LEARNER_TRANSITION, "workStudyStartedOn");

            assertThat(error).hasMessage("workStudyStartedOn needs the previous stage to have started");
        }

        @Test
        @DisplayName("refuses a graduation without a work-study start")
        void graduationNeedsWorkStudy() {
            assertViolation(() -> aLearner().untilCentre().withGraduatedOn(LocalDate.of(2020, 4, 30)).build(),
                    ErrorCodes.LEARNER_TRANSITION, "graduatedOn");
        }

        @Test
        @DisplayName("refuses a graduate who also dropped out")
        void graduateCannotDropOut() {
            var error = assertViolation(() -> aLearner().untilGraduation()
                    .withDropOut(LocalDate.of(2020, 5, 1), DropOutReason.OTHER).build(),
                    ErrorCodes.LEARNER_TRANSITION, "dropOut");

            assertThat(error).hasMessage("a graduate cannot also have dropped out");
        }

        @Test
        @DisplayName("refuses each date before the one of the previous stage")
        void refusesDatesGoingBackwards() {
            assertInvalid(() -> aLearner().withCentreStartedOn(ENROLLED_ON.minusDays(1)).build(),
                    ErrorCodes.DATE_ORDER, "centreStartedOn");
            assertInvalid(() -> aLearner().untilCentre()
                    .withWorkStudyStartedOn(Learners.CENTRE_STARTED_ON.minusDays(1)).build(),
                    ErrorCodes.DATE_ORDER, "workStudyStartedOn");
            assertInvalid(() -> aLearner().untilWorkStudy()
                    .withGraduatedOn(Learners.WORK_STUDY_STARTED_ON.minusDays(1)).build(),
                    ErrorCodes.DATE_ORDER, "graduatedOn");
            assertInvalid(() -> aLearner().untilWorkStudy()
                    .withDropOut(Learners.WORK_STUDY_STARTED_ON.minusDays(1), DropOutReason.OTHER).build(),
                    ErrorCodes.DATE_ORDER, "droppedOutOn");
        }

        @Test
        @DisplayName("accepts every step on the same day")
        void sameDay() {
            Learner learner = aLearner().withCentreStartedOn(ENROLLED_ON).withWorkStudyStartedOn(ENROLLED_ON)
                    .withGraduatedOn(ENROLLED_ON).build();

            assertThat(learner.status()).isEqualTo(LearnerStatus.GRADUATED);
        }

        @Test
        @DisplayName("refuses a job-seeker registration after enrolment")
        void profileCheckedAtEnrolment() {
            assertInvalid(() -> aLearner().withProfile(Profiles.aProfile().withJobSeekerSince(ENROLLED_ON.plusDays(1))
                    .build()).build(), ErrorCodes.DATE_IN_FUTURE, "jobSeekerSince");
        }
    }

    @Nested
    @DisplayName("transitions")
    class Transitions {
        @Test
        @DisplayName("enrolled -> in centre -> in work-study -> graduated")
        void legalPath() {
            Learner enrolled = Learners.enrolled();

            Learner inCentre = enrolled.startCentre(LocalDate.of(2018, 10, 1));
            assertThat(inCentre.status()).isEqualTo(LearnerStatus.IN_CENTRE);
            assertThat(inCentre.centreStartedOn()).contains(LocalDate.of(2018, 10, 1));

            Learner inWorkStudy = inCentre.startWorkStudy(LocalDate.of(2019, 5, 1));
            assertThat(inWorkStudy.status()).isEqualTo(LearnerStatus.IN_WORK_STUDY);
            assertThat(inWorkStudy.workStudyStartedOn()).contains(LocalDate.of(2019, 5, 1));

            Learner graduated = inWorkStudy.graduate(LocalDate.of(2020, 4, 30));
            assertThat(graduated.status()).isEqualTo(LearnerStatus.GRADUATED);
            assertThat(graduated.graduatedOn()).contains(LocalDate.of(2020, 4, 30));
            assertThat(graduated.leftOn()).contains(LocalDate.of(2020, 4, 30));
            assertThat(enrolled.status()).isEqualTo(LearnerStatus.ENROLLED);
        }

        static Stream<Arguments> illegalMoves() {
            Function<Learner, Learner> startCentre = l -> l.startCentre(LATER);
            Function<Learner, Learner> startWorkStudy = l -> l.startWorkStudy(LATER);
            Function<Learner, Learner> graduate = l -> l.graduate(LATER);
            return Stream.of(
                    Arguments.of(LearnerStatus.ENROLLED, "startWorkStudy", startWorkStudy, "IN_WORK_STUDY"),
                    Arguments.of(LearnerStatus.ENROLLED, "graduate", graduate, "GRADUATED"),
                    Arguments.of(LearnerStatus.IN_CENTRE, "startCentre", startCentre, "IN_CENTRE"),
                    Arguments.of(LearnerStatus.IN_CENTRE, "graduate", graduate, "GRADUATED"),
                    Arguments.of(LearnerStatus.IN_WORK_STUDY, "startCentre", startCentre, "IN_CENTRE"),
                    Arguments.of(LearnerStatus.IN_WORK_STUDY, "startWorkStudy", startWorkStudy, "IN_WORK_STUDY"),
                    Arguments.of(LearnerStatus.GRADUATED, "startCentre", startCentre, "IN_CENTRE"),
                    Arguments.of(LearnerStatus.GRADUATED, "startWorkStudy", startWorkStudy, "IN_WORK_STUDY"),
                    Arguments.of(LearnerStatus.GRADUATED, "graduate", graduate, "GRADUATED"),
                    Arguments.of(LearnerStatus.DROPPED_OUT, "startCentre", startCentre, "IN_CENTRE"),
                    Arguments.of(LearnerStatus.DROPPED_OUT, "startWorkStudy", startWorkStudy, "IN_WORK_STUDY"),
                    Arguments.of(LearnerStatus.DROPPED_OUT, "graduate", graduate, "GRADUATED"));
        }

        @ParameterizedTest(name = "refuses {1} when {0}")
        @MethodSource("illegalMoves")
        void illegalMove(LearnerStatus from, String move, Function<Learner, Learner> action, String target) {
            Learner learner = at(from);

            var error = assertViolation(() -> action.apply(learner), ErrorCodes.LEARNER_TRANSITION, "status");
            assertThat(error).hasMessage("a learner cannot move from " + from + " to " + target);
        }

        @Test
        @DisplayName("refuses a step dated before the previous one")
        void refusesBackwardDates() {
            assertInvalid(() -> Learners.enrolled().startCentre(ENROLLED_ON.minusDays(1)), ErrorCodes.DATE_ORDER,
                    "centreStartedOn");
            assertInvalid(() -> Learners.inCentre().startWorkStudy(Learners.CENTRE_STARTED_ON.minusDays(1)),
                    ErrorCodes.DATE_ORDER, "workStudyStartedOn");
            assertInvalid(() -> Learners.inWorkStudy().graduate(Learners.WORK_STUDY_STARTED_ON.minusDays(1)),
                    ErrorCodes.DATE_ORDER, "graduatedOn");
        }
    }

    @Nested
    @DisplayName("dropping out")
    class DroppingOut {
        @ParameterizedTest(name = "possible from {0}")
        @EnumSource(value = LearnerStatus.class, names = {"ENROLLED", "IN_CENTRE", "IN_WORK_STUDY"})
        void fromEachNonFinalStatus(LearnerStatus status) {
            Learner learner = at(status);

            Learner left = learner.dropOut(LATER, DropOutReason.NO_WORK_STUDY_HOST);

            assertThat(left.status()).isEqualTo(LearnerStatus.DROPPED_OUT);
            assertThat(left.dropOut()).contains(new DropOut(LATER, DropOutReason.NO_WORK_STUDY_HOST));
            assertThat(left.leftOn()).contains(LATER);
            assertThat(left.centreStartedOn()).isEqualTo(learner.centreStartedOn());
            assertThat(left.workStudyStartedOn()).isEqualTo(learner.workStudyStartedOn());
        }

        @Test
        @DisplayName("refused after graduation")
        void notAfterGraduation() {
            var error = assertViolation(() -> Learners.graduated().dropOut(LATER, DropOutReason.OTHER),
                    ErrorCodes.LEARNER_TRANSITION, "status");

            assertThat(error).hasMessage("a learner cannot move from GRADUATED to DROPPED_OUT");
        }

        @Test
        @DisplayName("refused twice")
        void notTwice() {
            assertViolation(() -> Learners.droppedOut().dropOut(LATER, DropOutReason.OTHER),
                    ErrorCodes.LEARNER_TRANSITION, "status");
        }

        @Test
        @DisplayName("accepts the day of the last status change and refuses the day before")
        void notBeforeLastStatusDate() {
            Learner inWorkStudy = Learners.inWorkStudy();

            assertThat(inWorkStudy.dropOut(Learners.WORK_STUDY_STARTED_ON, DropOutReason.HEALTH).leftOn())
                    .contains(Learners.WORK_STUDY_STARTED_ON);
            var error = assertInvalid(() -> inWorkStudy.dropOut(Learners.WORK_STUDY_STARTED_ON.minusDays(1),
                    DropOutReason.HEALTH), ErrorCodes.DATE_ORDER, "droppedOutOn");
            assertThat(error).hasMessage("droppedOutOn cannot be before the last status date");
        }

        @Test
        @DisplayName("refuses a drop-out before enrolment")
        void notBeforeEnrolment() {
            assertInvalid(() -> Learners.enrolled().dropOut(ENROLLED_ON.minusDays(1), DropOutReason.OTHER),
                    ErrorCodes.DATE_ORDER, "droppedOutOn");
        }

        @Test
        @DisplayName("needs a date and a reason")
        void needsDateAndReason() {
            assertInvalid(() -> Learners.enrolled().dropOut(null, DropOutReason.OTHER), ErrorCodes.REQUIRED,
                    "droppedOutOn");
            assertInvalid(() -> Learners.enrolled().dropOut(LATER, null), ErrorCodes.REQUIRED, "reason");
        }
    }

    @Nested
    @DisplayName("age and leaving")
    class AgeAndLeaving {
        @Test
        @DisplayName("age at entry is the age on the enrolment date")
        void ageAtEntry() {
            Learner dayBefore = aLearner().withProfile(Profiles.bornOn(LocalDate.of(1992, 9, 21))).build();
            Learner birthday = aLearner().withProfile(Profiles.bornOn(LocalDate.of(1992, 9, 20))).build();

            assertThat(dayBefore.ageAtEntry()).isEqualTo(25);
            assertThat(dayBefore.isUnder26AtEntry()).isTrue();
            assertThat(birthday.ageAtEntry()).isEqualTo(26);
            assertThat(birthday.isUnder26AtEntry()).isFalse();
            assertThat(birthday.isUnder30AtEntry()).isTrue();
        }

        @Test
        @DisplayName("is under 30 at entry until the day before the 30th birthday")
        void under30AtEntry() {
            assertThat(aLearner().withProfile(Profiles.bornOn(LocalDate.of(1988, 9, 21))).build().isUnder30AtEntry())
                    .isTrue();
            assertThat(aLearner().withProfile(Profiles.bornOn(LocalDate.of(1988, 9, 20))).build().isUnder30AtEntry())
                    .isFalse();
        }

        @Test
        @DisplayName("age at entry does not change with later dates")
        void ageAtEntryIsFixed() {
            Learner graduated = aLearner().withProfile(Profiles.bornOn(LocalDate.of(1992, 9, 21))).untilGraduation()
                    .build();

            assertThat(graduated.ageAtEntry()).isEqualTo(25);
        }

        @Test
        @DisplayName("leftOn: empty while in the programme, the graduation or drop-out date after")
        void leftOn() {
            assertThat(Learners.enrolled().leftOn()).isEmpty();
            assertThat(Learners.inCentre().leftOn()).isEmpty();
            assertThat(Learners.inWorkStudy().leftOn()).isEmpty();
            assertThat(Learners.graduated().leftOn()).contains(Learners.GRADUATED_ON);
            assertThat(Learners.droppedOut().leftOn()).contains(Learners.DROPPED_OUT_ON);
        }
    }

    @Nested
    @DisplayName("corrections")
    class Corrections {
        @Test
        @DisplayName("correct changes personal details and keeps the dates")
        void correct() {
            Learner learner = Learners.inWorkStudy().withVersion(3);

            Learner corrected = learner.correct(new PersonName("Awa", "Ba"), People.email("awa.ba@example.org"),
                    Profiles.bornOn(LocalDate.of(1995, 1, 1)), DisabilityStatus.RECOGNISED);

            assertThat(corrected.name()).isEqualTo(new PersonName("Awa", "Ba"));
            assertThat(corrected.disability()).isEqualTo(DisabilityStatus.RECOGNISED);
            assertThat(corrected.version()).isEqualTo(3);
            assertThat(corrected.status()).isEqualTo(LearnerStatus.IN_WORK_STUDY);
            assertThat(corrected.centreStartedOn()).isEqualTo(learner.centreStartedOn());
            assertThat(corrected.workStudyStartedOn()).isEqualTo(learner.workStudyStartedOn());
        }

        @Test
        @DisplayName("correct re-checks the profile at enrolment")
        void correctChecksProfile() {
            assertInvalid(() -> Learners.enrolled().correct(People.name(), People.email(),
                    Profiles.bornOn(LocalDate.of(2010, 1, 1)), DisabilityStatus.UNDISCLOSED),
                    ErrorCodes.TOO_YOUNG, "dateOfBirth");
        }

        @Test
        @DisplayName("withVersion changes the version only")
        void withVersion() {
            Learner learner = Learners.droppedOut();

            assertThat(learner.withVersion(8).version()).isEqualTo(8);
            assertThat(learner.withVersion(8)).usingRecursiveComparison().ignoringFields("version")
                    .isEqualTo(learner);
        }

        @Test
        @DisplayName("prints only its id and status, no personal data")
        void toStringHasNoPersonalData() {
            Learner learner = Learners.inCentre();

            assertThat(learner).hasToString("Learner[id=" + Ids.learner() + ", status=IN_CENTRE]");
            assertThat(learner.toString()).doesNotContain("Awa").doesNotContain("Diallo").doesNotContain("@");
        }
    }
}
