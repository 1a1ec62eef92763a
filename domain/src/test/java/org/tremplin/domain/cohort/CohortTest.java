package org.tremplin.domain.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tremplin.domain.testdata.DomainAssertions.assertInvalid;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.testdata.Cohorts;
import org.tremplin.domain.testdata.Ids;
import org.tremplin.domain.testdata.Programmes;

@DisplayName("Cohort")
class CohortTest {
    private static final LocalDate START = LocalDate.of(2018, 10, 1);

    private static Cohort withSeats(int seats) {
        return Cohort.open(Ids.cohort(), Ids.school(), Programmes.programme(), "Promo 1", START, seats);
    }

    private static Cohort startingOn(LocalDate start) {
        return Cohort.open(Ids.cohort(), Ids.school(), Programmes.programme(), "Promo 1", start, 24);
    }

    private static Cohort named(String name) {
        return Cohort.open(Ids.cohort(), Ids.school(), Programmes.programme(), name, START, 24);
    }

    @Nested
    @DisplayName("opening")
    class Opening {
        @Test
        @DisplayName("copies the programme's id and phase lengths, unsaved, name trimmed")
        void copiesProgramme() {
            Programme programme = Programmes.withPhases(new PhaseLengths(6, 18));

            Cohort cohort = Cohort.open(Ids.cohort(), Ids.school(), programme, " Promo Ada ", START, 24);

            assertThat(cohort.programmeId()).isEqualTo(programme.id());
            assertThat(cohort.schoolId()).isEqualTo(Ids.school());
            assertThat(cohort.phases()).isEqualTo(new PhaseLengths(6, 18));
            assertThat(cohort.version()).isZero();
            assertThat(cohort.name()).isEqualTo("Promo Ada");
            assertThat(cohort.seats()).isEqualTo(24);
            assertThat(cohort.startDate()).isEqualTo(START);
        }

        @Test
        @DisplayName("revising the programme later does not change the cohort's phases")
        void programmeRevisionDoesNotRewriteCalendar() {
            Programme programme = Programmes.programme();
            Cohort cohort = Cohort.open(Ids.cohort(), Ids.school(), programme, "Promo", START, 24);

            programme.revise(programme.title(), programme.rncpCode(), programme.level(), new PhaseLengths(9, 24));

            assertThat(cohort.phases()).isEqualTo(PhaseLengths.ECOLE_IA);
            assertThat(cohort.calendar().end()).isEqualTo(LocalDate.of(2020, 4, 30));
        }

        @Test
        @DisplayName("refuses a missing programme, naming programmeId")
        void refusesMissingProgramme() {
            assertInvalid(() -> Cohort.open(Ids.cohort(), Ids.school(), null, "Promo", START, 24),
                    ErrorCodes.REQUIRED, "programmeId");
        }

        @Test
        @DisplayName("refuses missing id, school and start date")
        void refusesMissingValues() {
            Programme programme = Programmes.programme();
            assertInvalid(() -> Cohort.open(null, Ids.school(), programme, "Promo", START, 24),
                    ErrorCodes.REQUIRED, "id");
            assertInvalid(() -> Cohort.open(Ids.cohort(), null, programme, "Promo", START, 24),
                    ErrorCodes.REQUIRED, "schoolId");
            assertInvalid(() -> Cohort.open(Ids.cohort(), Ids.school(), programme, "Promo", null, 24),
                    ErrorCodes.REQUIRED, "startDate");
            assertInvalid(() -> new Cohort(Ids.cohort(), 0, Ids.school(), null, "Promo", START, 24,
                    PhaseLengths.ECOLE_IA), ErrorCodes.REQUIRED, "programmeId");
            assertInvalid(() -> new Cohort(Ids.cohort(), 0, Ids.school(), Ids.programme(), "Promo", START, 24, null),
                    ErrorCodes.REQUIRED, "phases");
        }
    }

    @Nested
    @DisplayName("seats, name and start")
    class Values {
        @ParameterizedTest(name = "accepts {0} seats")
        @ValueSource(ints = {1, 24, 200})
        void acceptsSeats(int seats) {
            assertThat(withSeats(seats).seats()).isEqualTo(seats);
        }

        @ParameterizedTest(name = "refuses {0} seats")
        @ValueSource(ints = {-1, 0, 201, 1000})
        void refusesSeats(int seats) {
            var error = assertInvalid(() -> withSeats(seats), ErrorCodes.OUT_OF_RANGE, "seats");

            assertThat(error).hasMessage("seats must be between 1 and 200");
        }

        @Test
        @DisplayName("accepts an 80-character name, refuses 81 and a blank one")
        void nameRules() {
            assertThat(named("n".repeat(80)).name()).hasSize(80);
            assertInvalid(() -> named("n".repeat(81)), ErrorCodes.TOO_LONG, "name");
            assertInvalid(() -> named("  "), ErrorCodes.REQUIRED, "name");
        }

        @Test
        @DisplayName("accepts a start on 1 January 2015 and refuses the day before")
        void earliestStart() {
            assertThat(startingOn(LocalDate.of(2015, 1, 1)).startDate()).isEqualTo(Cohort.EARLIEST_START);

            var error = assertInvalid(() -> startingOn(LocalDate.of(2014, 12, 31)), ErrorCodes.DATE_ORDER,
                    "startDate");
            assertThat(error).hasMessage("startDate cannot be before 2015-01-01");
        }

        @Test
        @DisplayName("reschedule keeps the phases and checks the new values")
        void reschedule() {
            Cohort cohort = Cohorts.startingOn(START, new PhaseLengths(6, 18)).withVersion(2);

            Cohort moved = cohort.reschedule("Promo Hopper", LocalDate.of(2019, 1, 7), 30);

            assertThat(moved.name()).isEqualTo("Promo Hopper");
            assertThat(moved.startDate()).isEqualTo(LocalDate.of(2019, 1, 7));
            assertThat(moved.seats()).isEqualTo(30);
            assertThat(moved.phases()).isEqualTo(new PhaseLengths(6, 18));
            assertThat(moved.version()).isEqualTo(2);
            assertThat(moved.id()).isEqualTo(cohort.id());
            assertInvalid(() -> cohort.reschedule("Promo", START, 0), ErrorCodes.OUT_OF_RANGE, "seats");
        }
    }

    @Nested
    @DisplayName("calendar")
    class Calendar {
        @Test
        @DisplayName("7 + 12 months from 2018-10-01: centre to 2019-04-30, work-study 2019-05-01 to 2020-04-30")
        void ecoleIaCalendar() {
            CohortCalendar calendar = Cohorts.startingOn(LocalDate.of(2018, 10, 1), PhaseLengths.ECOLE_IA).calendar();

            assertThat(calendar).isEqualTo(new CohortCalendar(LocalDate.of(2018, 10, 1), LocalDate.of(2019, 4, 30),
                    LocalDate.of(2019, 5, 1), LocalDate.of(2020, 4, 30)));
            assertThat(calendar.end()).isEqualTo(LocalDate.of(2020, 4, 30));
        }

        @Test
        @DisplayName("a 0-month work-study phase ends when the centre phase ends")
        void noWorkStudy() {
            CohortCalendar calendar = Cohorts.startingOn(LocalDate.of(2018, 10, 1), new PhaseLengths(7, 0))
                    .calendar();

            assertThat(calendar.centreEnd()).isEqualTo(LocalDate.of(2019, 4, 30));
            assertThat(calendar.workStudyStart()).isEqualTo(LocalDate.of(2019, 5, 1));
            assertThat(calendar.workStudyEnd()).isEqualTo(LocalDate.of(2019, 4, 30));
            assertThat(calendar.end()).isEqualTo(LocalDate.of(2019, 4, 30));
        }

        @Test
        @DisplayName("a mid-month start ends the day before the same day of the month")
        void midMonthStart() {
            CohortCalendar calendar = Cohorts.startingOn(LocalDate.of(2020, 1, 15), new PhaseLengths(1, 1))
                    .calendar();

            assertThat(calendar).isEqualTo(new CohortCalendar(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 14),
                    LocalDate.of(2020, 2, 15), LocalDate.of(2020, 3, 14)));
        }

        @Test
        @DisplayName("the centre phase of a September 2023 start ends on 29 February 2024")
        void leapYear() {
            CohortCalendar calendar = Cohorts.startingOn(LocalDate.of(2023, 9, 1), new PhaseLengths(6, 12))
                    .calendar();

            assertThat(calendar.centreEnd()).isEqualTo(LocalDate.of(2024, 2, 29));
            assertThat(calendar.workStudyStart()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(calendar.workStudyEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
        }

        @Test
        @DisplayName("the longest format, 24 + 36 months, ends five years after the start")
        void longestFormat() {
            CohortCalendar calendar = Cohorts.startingOn(LocalDate.of(2020, 9, 1), new PhaseLengths(24, 36))
                    .calendar();

            assertThat(calendar.workStudyStart()).isEqualTo(LocalDate.of(2022, 9, 1));
            assertThat(calendar.end()).isEqualTo(LocalDate.of(2025, 8, 31));
        }

        @Test
        @DisplayName("withVersion changes the version only")
        void withVersion() {
            Cohort cohort = Cohorts.cohort();

            assertThat(cohort.withVersion(7)).usingRecursiveComparison().ignoringFields("version").isEqualTo(cohort);
            assertThat(cohort.withVersion(7).version()).isEqualTo(7);
            assertThat(Optional.of(cohort.withVersion(7).calendar())).contains(cohort.calendar());
        }
    }
}
