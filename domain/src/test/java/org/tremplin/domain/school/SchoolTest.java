package org.tremplin.domain.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;
import static org.tremplin.domain.testdata.DomainAssertions.assertViolation;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.testdata.Ids;
import org.tremplin.domain.testdata.Schools;

@DisplayName("School")
class SchoolTest {
    private static final LocalDate OPENING = LocalDate.of(2018, 10, 1);

    private static School plan(Region region, String departement) {
        return School.plan(Ids.school(), "École IA", "Somewhere", region, new Departement(departement),
                Optional.empty());
    }

    @Nested
    @DisplayName("when planned")
    class Planning {
        @Test
        @DisplayName("is PLANNED, never saved, with no closing date")
        void planned() {
            School school = School.plan(Ids.school(), "  École IA Montpellier ", " Castelnau-le-Lez ",
                    Region.OCCITANIE, new Departement("34"), Optional.of(LocalDate.of(2018, 9, 1)));

            assertThat(school.status()).isEqualTo(SchoolStatus.PLANNED);
            assertThat(school.version()).isZero();
            assertThat(school.name()).isEqualTo("École IA Montpellier");
            assertThat(school.town()).isEqualTo("Castelnau-le-Lez");
            assertThat(school.openedOn()).contains(LocalDate.of(2018, 9, 1));
            assertThat(school.closedOn()).isEmpty();
        }

        @Test
        @DisplayName("may have no planned opening date")
        void withoutPlannedOpening() {
            assertThat(Schools.planned().openedOn()).isEmpty();
        }

        @Test
        @DisplayName("refuses a blank name and a blank town")
        void refusesBlankNames() {
            assertInvalid(() -> School.plan(Ids.school(), " ", "Town", Region.OCCITANIE, new Departement("34"),
                    Optional.empty()), ErrorCodes.REQUIRED, "name");
            assertInvalid(() -> School.plan(Ids.school(), "Name", null, Region.OCCITANIE, new Departement("34"),
                    Optional.empty()), ErrorCodes.REQUIRED, "town");
        }

        @Test
        @DisplayName("accepts a 120-character name and refuses 121")
        void nameLength() {
            String longest = "n".repeat(School.NAME_MAX_LENGTH);

            assertThat(School.plan(Ids.school(), longest, "Town", Region.OCCITANIE, new Departement("34"),
                    Optional.empty()).name()).hasSize(120);
            assertInvalid(() -> School.plan(Ids.school(), longest + "n", "Town", Region.OCCITANIE,
                    new Departement("34"), Optional.empty()), ErrorCodes.TOO_LONG, "name");
        }

        @Test
        @DisplayName("accepts a 100-character town and refuses 101")
        void townLength() {
            String longest = "t".repeat(School.TOWN_MAX_LENGTH);

            assertThat(School.plan(Ids.school(), "Name", longest, Region.OCCITANIE, new Departement("34"),
                    Optional.empty()).town()).hasSize(100);
            assertInvalid(() -> School.plan(Ids.school(), "Name", longest + "t", Region.OCCITANIE,
                    new Departement("34"), Optional.empty()), ErrorCodes.TOO_LONG, "town");
        }

        @Test
        @DisplayName("refuses a missing id, region, département or planned-opening Optional")
        void refusesMissingValues() {
            assertInvalid(() -> School.plan(null, "Name", "Town", Region.OCCITANIE, new Departement("34"),
                    Optional.empty()), ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> School.plan(Ids.school(), "Name", "Town", null, new Departement("34"),
                    Optional.empty()), ErrorCodes.REQUIRED, "region");
            assertInvalid(() -> School.plan(Ids.school(), "Name", "Town", Region.OCCITANIE, null,
                    Optional.empty()), ErrorCodes.REQUIRED, "departement");
            assertInvalid(() -> School.plan(Ids.school(), "Name", "Town", Region.OCCITANIE, new Departement("34"),
                    null), ErrorCodes.REQUIRED, "openedOn");
        }
    }

    @Nested
    @DisplayName("département and region")
    class DepartementAndRegion {
        @Test
        @DisplayName("refuses a département outside the region with school.departement-not-in-region")
        void refusesDepartementOutsideRegion() {
            var error = assertInvalid(() -> plan(Region.OCCITANIE, "75"), ErrorCodes.DEPARTEMENT_NOT_IN_REGION,
                    "departement");

            assertThat(error).hasMessage("departement 75 is not in region Occitanie");
        }

        @Test
        @DisplayName("accepts a school in Corse-du-Sud (2A) and in Haute-Corse (2B)")
        void corse() {
            assertThat(plan(Region.CORSE, "2A").departement().code()).isEqualTo("2A");
            assertThat(plan(Region.CORSE, "2b").departement().code()).isEqualTo("2B");
        }

        @Test
        @DisplayName("accepts a school at La Réunion (974) and refuses 974 in Guadeloupe")
        void laReunion() {
            assertThat(plan(Region.LA_REUNION, "974").region()).isEqualTo(Region.LA_REUNION);
            assertInvalid(() -> plan(Region.GUADELOUPE, "974"), ErrorCodes.DEPARTEMENT_NOT_IN_REGION,
                    "departement");
        }

        @Test
        @DisplayName("refuses Haute-Corse in Provence-Alpes-Côte d'Azur")
        void corseIsNotPaca() {
            assertInvalid(() -> plan(Region.PROVENCE_ALPES_COTE_D_AZUR, "2B"),
                    ErrorCodes.DEPARTEMENT_NOT_IN_REGION, "departement");
        }

        @Test
        @DisplayName("rename checks the département against the new region too")
        void renameChecksRegion() {
            School school = Schools.open();

            School moved = school.rename("École IA Toulouse", "Toulouse", Region.OCCITANIE, new Departement("31"));
            assertThat(moved.name()).isEqualTo("École IA Toulouse");
            assertThat(moved.departement().code()).isEqualTo("31");
            assertThat(moved.status()).isEqualTo(SchoolStatus.OPEN);
            assertThat(moved.openedOn()).isEqualTo(school.openedOn());
            assertThat(moved.id()).isEqualTo(school.id());

            assertInvalid(() -> school.rename("École IA", "Lyon", Region.OCCITANIE, new Departement("69")),
                    ErrorCodes.DEPARTEMENT_NOT_IN_REGION, "departement");
        }
    }

    @Nested
    @DisplayName("status lifecycle")
    class Lifecycle {
        @Test
        @DisplayName("plan, then open, then close")
        void planOpenClose() {
            School planned = School.plan(Ids.school(), "École IA", "Castelnau-le-Lez", Region.OCCITANIE,
                    new Departement("34"), Optional.of(LocalDate.of(2018, 9, 1)));

            School open = planned.open(OPENING);
            assertThat(open.status()).isEqualTo(SchoolStatus.OPEN);
            assertThat(open.openedOn()).contains(OPENING);
            assertThat(open.closedOn()).isEmpty();

            School closed = open.close(LocalDate.of(2024, 7, 31));
            assertThat(closed.status()).isEqualTo(SchoolStatus.CLOSED);
            assertThat(closed.openedOn()).contains(OPENING);
            assertThat(closed.closedOn()).contains(LocalDate.of(2024, 7, 31));
        }

        @Test
        @DisplayName("a school may close on the day it opened")
        void closeOnOpeningDay() {
            assertThat(Schools.planned().open(OPENING).close(OPENING).closedOn()).contains(OPENING);
        }

        @Test
        @DisplayName("refuses closing before opening with date.order on closedOn")
        void refusesClosingBeforeOpening() {
            School open = Schools.planned().open(OPENING);

            var error = assertInvalid(() -> open.close(OPENING.minusDays(1)), ErrorCodes.DATE_ORDER, "closedOn");

            assertThat(error).hasMessage("closedOn cannot be before openedOn");
        }

        @Test
        @DisplayName("refuses opening an open school")
        void refusesOpeningTwice() {
            var error = assertViolation(() -> Schools.open().open(OPENING), ErrorCodes.SCHOOL_TRANSITION, "status");

            assertThat(error.getMessage()).isEqualTo("the school is open and cannot become open");
        }

        @Test
        @DisplayName("refuses reopening a closed school")
        void refusesReopening() {
            var error = assertViolation(() -> Schools.closed().open(OPENING), ErrorCodes.SCHOOL_TRANSITION,
                    "status");

            assertThat(error).hasMessage("the school is closed and cannot become open");
        }

        @Test
        @DisplayName("refuses closing a school that never opened")
        void refusesClosingPlanned() {
            var error = assertViolation(() -> Schools.planned().close(OPENING), ErrorCodes.SCHOOL_TRANSITION,
                    "status");

            assertThat(error).hasMessage("the school is planned and cannot become closed");
        }

        @Test
        @DisplayName("refuses closing a closed school")
        void refusesClosingTwice() {
            assertViolation(() -> Schools.closed().close(LocalDate.of(2025, 1, 1)), ErrorCodes.SCHOOL_TRANSITION,
                    "status");
        }

        @Test
        @DisplayName("refuses opening or closing without a date")
        void refusesMissingDates() {
            assertInvalid(() -> Schools.planned().open(null), ErrorCodes.REQUIRED, "openedOn");
            assertInvalid(() -> Schools.open().close(null), ErrorCodes.REQUIRED, "closedOn");
        }
    }

    @Nested
    @DisplayName("consistency of status and dates")
    class Consistency {
        @ParameterizedTest(name = "refuses a {0} school without an opening date")
        @EnumSource(value = SchoolStatus.class, names = {"OPEN", "CLOSED"})
        void refusesMissingOpeningDate(SchoolStatus status) {
            Optional<LocalDate> closedOn = status == SchoolStatus.CLOSED ? Optional.of(OPENING) : Optional.empty();

            assertInvalid(() -> Schools.of(status, Optional.empty(), closedOn), ErrorCodes.REQUIRED, "openedOn");
        }

        @Test
        @DisplayName("refuses a closed school without a closing date")
        void refusesClosedWithoutClosingDate() {
            var error = assertInvalid(() -> Schools.of(SchoolStatus.CLOSED, Optional.of(OPENING), Optional.empty()),
                    ErrorCodes.REQUIRED, "closedOn");

            assertThat(error).hasMessage("a closed school has a closing date");
        }

        @ParameterizedTest(name = "refuses a {0} school with a closing date")
        @EnumSource(value = SchoolStatus.class, names = {"PLANNED", "OPEN"})
        void refusesClosingDateUnlessClosed(SchoolStatus status) {
            assertInvalid(() -> Schools.of(status, Optional.of(OPENING), Optional.of(OPENING.plusYears(1))),
                    ErrorCodes.OUT_OF_RANGE, "closedOn");
        }

        @Test
        @DisplayName("refuses a closed school whose closing date comes before its opening")
        void refusesClosingBeforeOpening() {
            assertInvalid(() -> Schools.of(SchoolStatus.CLOSED, Optional.of(OPENING),
                    Optional.of(OPENING.minusDays(1))), ErrorCodes.DATE_ORDER, "closedOn");
        }

        @Test
        @DisplayName("refuses a missing status or closing-date Optional")
        void refusesMissing() {
            assertInvalid(() -> Schools.of(null, Optional.empty(), Optional.empty()), ErrorCodes.REQUIRED, "status");
            assertInvalid(() -> Schools.of(SchoolStatus.PLANNED, Optional.empty(), null), ErrorCodes.REQUIRED,
                    "closedOn");
        }

        @Test
        @DisplayName("withVersion changes the version only")
        void withVersion() {
            School closed = Schools.closed();

            School saved = closed.withVersion(3);

            assertThat(saved.version()).isEqualTo(3);
            assertThat(saved).usingRecursiveComparison().ignoringFields("version").isEqualTo(closed);
        }
    }
}
