package org.tremplin.domain.applicant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.tremplin.domain.applicant.SelectionStage.APPLIED;
import static org.tremplin.domain.applicant.SelectionStage.ENROLLED;
import static org.tremplin.domain.applicant.SelectionStage.PRESELECTED;
import static org.tremplin.domain.applicant.SelectionStage.REJECTED;
import static org.tremplin.domain.applicant.SelectionStage.SELECTED;
import static org.tremplin.domain.applicant.SelectionStage.WITHDREW;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;
import static org.tremplin.domain.testdata.DomainAssertions.assertViolation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.testdata.Applicants;
import org.tremplin.domain.testdata.Ids;
import org.tremplin.domain.testdata.People;
import org.tremplin.domain.testdata.Profiles;

@DisplayName("Applicant")
class ApplicantTest {
    private static final LocalDate APPLIED_ON = LocalDate.of(2018, 6, 1);

    /** An applicant who reached {@code stage} by the legal path, one day per step. */
    private static Applicant at(SelectionStage stage) {
        Applicant applicant = Applicants.appliedOn(APPLIED_ON);
        List<SelectionStage> path = switch (stage) {
            case APPLIED -> List.of();
            case PRESELECTED -> List.of(PRESELECTED);
            case SELECTED -> List.of(PRESELECTED, SELECTED);
            case ENROLLED -> List.of(PRESELECTED, SELECTED, ENROLLED);
            case REJECTED -> List.of(PRESELECTED, REJECTED);
            case WITHDREW -> List.of(WITHDREW);
        };
        LocalDate day = APPLIED_ON;
        for (SelectionStage next : path) {
            day = day.plusDays(1);
            applicant = applicant.moveTo(next, day);
        }
        return applicant;
    }

    private static Applicant withHistory(List<StageChange> history) {
        return new Applicant(Ids.applicant(), 0, Ids.cohort(), People.name(), People.email(), Profiles.profile(),
                DisabilityStatus.UNDISCLOSED, history);
    }

    private static StageChange change(SelectionStage stage, LocalDate on) {
        return new StageChange(stage, on);
    }

    @Nested
    @DisplayName("applying")
    class Applying {
        @Test
        @DisplayName("starts the history with APPLIED on the application date")
        void apply() {
            Applicant applicant = Applicants.appliedOn(APPLIED_ON);

            assertThat(applicant.stage()).isEqualTo(APPLIED);
            assertThat(applicant.history()).containsExactly(change(APPLIED, APPLIED_ON));
            assertThat(applicant.appliedOn()).isEqualTo(APPLIED_ON);
            assertThat(applicant.lastChangedOn()).isEqualTo(APPLIED_ON);
            assertThat(applicant.version()).isZero();
            assertThat(applicant.reached(APPLIED)).isTrue();
            assertThat(applicant.reached(PRESELECTED)).isFalse();
        }

        @Test
        @DisplayName("accepts a person who turns 16 on the application date")
        void sixteenOnApplication() {
            InclusionProfile profile = Profiles.bornOn(LocalDate.of(2002, 6, 1));

            assertThat(Applicants.appliedWith(profile, APPLIED_ON).profile()).isEqualTo(profile);
        }

        @Test
        @DisplayName("refuses a person who is 16 only the next day, with person.too-young")
        void tooYoung() {
            InclusionProfile profile = Profiles.bornOn(LocalDate.of(2002, 6, 2));

            var error = assertInvalid(() -> Applicants.appliedWith(profile, APPLIED_ON), ErrorCodes.TOO_YOUNG,
                    "dateOfBirth");
            assertThat(error).hasMessage("a person must be at least 16 years old on the application date");
        }

        @Test
        @DisplayName("refuses a person born after the application date")
        void bornAfterApplication() {
            assertInvalid(() -> Applicants.appliedWith(Profiles.bornOn(APPLIED_ON.plusDays(1)), APPLIED_ON),
                    ErrorCodes.DATE_IN_FUTURE, "dateOfBirth");
        }

        @Test
        @DisplayName("refuses a job-seeker registration after the application date")
        void registeredAfterApplication() {
            InclusionProfile profile = Profiles.aProfile().withJobSeekerSince(APPLIED_ON.plusDays(1)).build();

            assertInvalid(() -> Applicants.appliedWith(profile, APPLIED_ON), ErrorCodes.DATE_IN_FUTURE,
                    "jobSeekerSince");
        }

        @Test
        @DisplayName("refuses missing values")
        void refusesMissingValues() {
            var name = People.name();
            var email = People.email();
            var profile = Profiles.profile();
            var disability = DisabilityStatus.UNDISCLOSED;
            assertInvalid(() -> Applicant.apply(null, Ids.cohort(), name, email, profile, disability, APPLIED_ON),
                    ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> Applicant.apply(Ids.applicant(), null, name, email, profile, disability, APPLIED_ON),
                    ErrorCodes.REQUIRED, "cohortId");
            assertInvalid(() -> Applicant.apply(Ids.applicant(), Ids.cohort(), null, email, profile, disability,
                    APPLIED_ON), ErrorCodes.REQUIRED, "name");
            assertInvalid(() -> Applicant.apply(Ids.applicant(), Ids.cohort(), name, null, profile, disability,
                    APPLIED_ON), ErrorCodes.REQUIRED, "email");
            assertInvalid(() -> Applicant.apply(Ids.applicant(), Ids.cohort(), name, email, null, disability,
                    APPLIED_ON), ErrorCodes.REQUIRED, "profile");
            assertInvalid(() -> Applicant.apply(Ids.applicant(), Ids.cohort(), name, email, profile, null,
                    APPLIED_ON), ErrorCodes.REQUIRED, "disability");
            assertInvalid(() -> Applicant.apply(Ids.applicant(), Ids.cohort(), name, email, profile, disability,
                    null), ErrorCodes.REQUIRED, "appliedOn");
        }
    }

    @Nested
    @DisplayName("moving through the funnel")
    class Funnel {
        @Test
        @DisplayName("follows applied, pre-selected, selected, enrolled")
        void legalPath() {
            Applicant enrolled = Applicants.appliedOn(APPLIED_ON)
                    .moveTo(PRESELECTED, LocalDate.of(2018, 6, 10))
                    .moveTo(SELECTED, LocalDate.of(2018, 7, 2))
                    .moveTo(ENROLLED, LocalDate.of(2018, 9, 20));

            assertThat(enrolled.stage()).isEqualTo(ENROLLED);
            assertThat(enrolled.history()).containsExactly(
                    change(APPLIED, APPLIED_ON),
                    change(PRESELECTED, LocalDate.of(2018, 6, 10)),
                    change(SELECTED, LocalDate.of(2018, 7, 2)),
                    change(ENROLLED, LocalDate.of(2018, 9, 20)));
            assertThat(enrolled.appliedOn()).isEqualTo(APPLIED_ON);
            assertThat(enrolled.lastChangedOn()).isEqualTo(LocalDate.of(2018, 9, 20));
            assertThat(Stream.of(APPLIED, PRESELECTED, SELECTED, ENROLLED)).allMatch(enrolled::reached);
            assertThat(enrolled.reached(REJECTED)).isFalse();
            assertThat(enrolled.reached(WITHDREW)).isFalse();
        }

        @Test
        @DisplayName("allows several stages on the same day")
        void sameDay() {
            Applicant applicant = Applicants.appliedOn(APPLIED_ON).moveTo(PRESELECTED, APPLIED_ON)
                    .moveTo(SELECTED, APPLIED_ON);

            assertThat(applicant.stage()).isEqualTo(SELECTED);
        }

        @Test
        @DisplayName("moving leaves the original applicant untouched")
        void immutability() {
            Applicant applied = Applicants.appliedOn(APPLIED_ON);

            Applicant moved = applied.moveTo(PRESELECTED, APPLIED_ON.plusDays(1));

            assertThat(applied.stage()).isEqualTo(APPLIED);
            assertThat(applied.history()).hasSize(1);
            assertThat(moved.history()).hasSize(2);
            assertThat(moved.id()).isEqualTo(applied.id());
        }

        @ParameterizedTest(name = "can be rejected from {0}")
        @EnumSource(value = SelectionStage.class, names = {"APPLIED", "PRESELECTED", "SELECTED"})
        void rejectFromNonFinal(SelectionStage stage) {
            Applicant applicant = at(stage);

            Applicant rejected = applicant.moveTo(REJECTED, applicant.lastChangedOn().plusDays(1));

            assertThat(rejected.stage()).isEqualTo(REJECTED);
            assertThat(rejected.reached(stage)).isTrue();
        }

        @ParameterizedTest(name = "can withdraw from {0}")
        @EnumSource(value = SelectionStage.class, names = {"APPLIED", "PRESELECTED", "SELECTED"})
        void withdrawFromNonFinal(SelectionStage stage) {
            Applicant applicant = at(stage);

            assertThat(applicant.moveTo(WITHDREW, applicant.lastChangedOn()).stage()).isEqualTo(WITHDREW);
        }

        static Stream<Arguments> afterFinalStage() {
            return Stream.of(ENROLLED, REJECTED, WITHDREW)
                    .flatMap(from -> Stream.of(SelectionStage.values()).map(to -> Arguments.of(from, to)));
        }

        @ParameterizedTest(name = "nothing follows {0}: {1} refused")
        @MethodSource("afterFinalStage")
        void nothingAfterFinalStage(SelectionStage from, SelectionStage to) {
            Applicant applicant = at(from);

            var error = assertViolation(() -> applicant.moveTo(to, applicant.lastChangedOn().plusDays(1)),
                    ErrorCodes.APPLICANT_TRANSITION, "stage");
            assertThat(error).hasMessage("an applicant cannot move from " + from + " to " + to);
        }

        static Stream<Arguments> skippedOrBackwards() {
            return Stream.of(
                    Arguments.of(APPLIED, APPLIED), Arguments.of(APPLIED, SELECTED), Arguments.of(APPLIED, ENROLLED),
                    Arguments.of(PRESELECTED, APPLIED), Arguments.of(PRESELECTED, PRESELECTED),
                    Arguments.of(PRESELECTED, ENROLLED), Arguments.of(SELECTED, APPLIED),
                    Arguments.of(SELECTED, PRESELECTED), Arguments.of(SELECTED, SELECTED));
        }

        @ParameterizedTest(name = "refuses {0} -> {1}")
        @MethodSource("skippedOrBackwards")
        void refusesSkippingOrGoingBack(SelectionStage from, SelectionStage to) {
            Applicant applicant = at(from);

            assertViolation(() -> applicant.moveTo(to, applicant.lastChangedOn().plusDays(1)),
                    ErrorCodes.APPLICANT_TRANSITION, "stage");
        }

        @Test
        @DisplayName("refuses a stage dated before the previous one with date.order")
        void refusesDatesGoingBackwards() {
            Applicant preselected = Applicants.appliedOn(APPLIED_ON).moveTo(PRESELECTED, LocalDate.of(2018, 6, 10));

            var error = assertInvalid(() -> preselected.moveTo(SELECTED, LocalDate.of(2018, 6, 9)),
                    ErrorCodes.DATE_ORDER, "date");
            assertThat(error).hasMessage("date cannot be before the previous stage's date");
            assertInvalid(() -> preselected.moveTo(REJECTED, LocalDate.of(2018, 6, 9)), ErrorCodes.DATE_ORDER,
                    "date");
        }

        @Test
        @DisplayName("refuses a move without a stage or a date")
        void refusesMissingMove() {
            Applicant applicant = Applicants.applied();

            assertInvalid(() -> applicant.moveTo(null, APPLIED_ON), ErrorCodes.REQUIRED, "stage");
            assertInvalid(() -> applicant.moveTo(PRESELECTED, null), ErrorCodes.REQUIRED, "date");
        }
    }

    @Nested
    @DisplayName("history given to the constructor")
    class History {
        @Test
        @DisplayName("accepts a legal history")
        void legalHistory() {
            Applicant applicant = withHistory(List.of(change(APPLIED, APPLIED_ON),
                    change(PRESELECTED, APPLIED_ON.plusDays(3)), change(REJECTED, APPLIED_ON.plusDays(9))));

            assertThat(applicant.stage()).isEqualTo(REJECTED);
        }

        @ParameterizedTest(name = "refuses a history starting with {0}")
        @EnumSource(value = SelectionStage.class, mode = EnumSource.Mode.EXCLUDE, names = "APPLIED")
        void mustStartWithApplied(SelectionStage first) {
            var error = assertViolation(() -> withHistory(List.of(change(first, APPLIED_ON))),
                    ErrorCodes.APPLICANT_TRANSITION, "history");

            assertThat(error).hasMessage("the history starts with the application");
        }

        @Test
        @DisplayName("refuses an empty or missing history")
        void refusesEmpty() {
            assertInvalid(() -> withHistory(List.of()), ErrorCodes.REQUIRED, "history");
            assertInvalid(() -> withHistory(null), ErrorCodes.REQUIRED, "history");
        }

        @Test
        @DisplayName("refuses an illegal step anywhere in the history")
        void refusesIllegalStep() {
            assertViolation(() -> withHistory(List.of(change(APPLIED, APPLIED_ON), change(SELECTED, APPLIED_ON))),
                    ErrorCodes.APPLICANT_TRANSITION, "stage");
            assertViolation(() -> withHistory(List.of(change(APPLIED, APPLIED_ON), change(APPLIED, APPLIED_ON))),
                    ErrorCodes.APPLICANT_TRANSITION, "stage");
        }

        @Test
        @DisplayName("refuses dates going backwards anywhere in the history")
        void refusesBackwardsDates() {
            assertInvalid(() -> withHistory(List.of(change(APPLIED, APPLIED_ON),
                    change(PRESELECTED, APPLIED_ON.plusDays(5)), change(SELECTED, APPLIED_ON.plusDays(4)))),
                    ErrorCodes.DATE_ORDER, "date");
        }

        @Test
        @DisplayName("checks the profile against the first date of the history")
        void checksProfileAtApplication() {
            List<StageChange> history = List.of(change(APPLIED, LocalDate.of(2016, 6, 14)));

            assertInvalid(() -> new Applicant(Ids.applicant(), 0, Ids.cohort(), People.name(), People.email(),
                    Profiles.bornOn(LocalDate.of(2000, 6, 15)), DisabilityStatus.UNDISCLOSED, history),
                    ErrorCodes.TOO_YOUNG, "dateOfBirth");
        }

        @Test
        @DisplayName("keeps its own unmodifiable copy of the history")
        void copiesHistory() {
            List<StageChange> history = new ArrayList<>(List.of(change(APPLIED, APPLIED_ON)));
            Applicant applicant = withHistory(history);

            history.add(change(PRESELECTED, APPLIED_ON));

            assertThat(applicant.history()).hasSize(1);
            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> applicant.history().add(change(PRESELECTED, APPLIED_ON)));
        }
    }

    @Nested
    @DisplayName("corrections")
    class Corrections {
        @Test
        @DisplayName("correct changes personal details and keeps the history")
        void correct() {
            Applicant selected = at(SELECTED).withVersion(5);

            Applicant corrected = selected.correct(new org.tremplin.domain.person.PersonName("Awa", "Ba"),
                    People.email("awa.ba@example.org"), Profiles.bornOn(LocalDate.of(1990, 1, 1)),
                    DisabilityStatus.RECOGNISED);

            assertThat(corrected.history()).isEqualTo(selected.history());
            assertThat(corrected.version()).isEqualTo(5);
            assertThat(corrected.email().value()).isEqualTo("awa.ba@example.org");
            assertThat(corrected.disability()).isEqualTo(DisabilityStatus.RECOGNISED);
            assertThat(corrected.profile().dateOfBirth()).isEqualTo(LocalDate.of(1990, 1, 1));
        }

        @Test
        @DisplayName("correct refuses a profile too young at the application date")
        void correctChecksProfile() {
            Applicant applicant = Applicants.appliedOn(APPLIED_ON);

            assertInvalid(() -> applicant.correct(People.name(), People.email(),
                    Profiles.bornOn(LocalDate.of(2005, 1, 1)), DisabilityStatus.UNDISCLOSED),
                    ErrorCodes.TOO_YOUNG, "dateOfBirth");
        }

        @Test
        @DisplayName("withVersion changes the version only")
        void withVersion() {
            Applicant applicant = at(ENROLLED);

            assertThat(applicant.withVersion(9).version()).isEqualTo(9);
            assertThat(applicant.withVersion(9)).usingRecursiveComparison().ignoringFields("version")
                    .isEqualTo(applicant);
        }
    }
}
