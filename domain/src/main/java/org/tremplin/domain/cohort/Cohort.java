package org.tremplin.domain.cohort;

import java.time.LocalDate;
import org.tremplin.domain.programme.PhaseLengths;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/**
 * A programme run at a school from a start date. The phase lengths are copied from the programme
 * when the cohort is created, so that revising a programme later does not rewrite the calendar of
 * cohorts already under way; the phase end dates are always derived, never typed.
 */
public record Cohort(
        CohortId id,
        long version,
        SchoolId schoolId,
        ProgrammeId programmeId,
        String name,
        LocalDate startDate,
        int seats,
        PhaseLengths phases) {

    public static final int NAME_MAX_LENGTH = 80;
    public static final int MAX_SEATS = 200;
    public static final LocalDate EARLIEST_START = LocalDate.of(2015, 1, 1);

    public Cohort {
        Require.present(id, "id");
        Require.present(schoolId, "schoolId");
        Require.present(programmeId, "programmeId");
        name = Require.text(name, "name", NAME_MAX_LENGTH);
        Require.present(startDate, "startDate");
        Require.notBefore(startDate, EARLIEST_START, "startDate", "2015-01-01");
        Require.between(seats, 1, MAX_SEATS, "seats");
        Require.present(phases, "phases");
    }

    public static Cohort open(CohortId id, SchoolId schoolId, Programme programme, String name, LocalDate startDate, int seats) {
        Require.present(programme, "programmeId");
        return new Cohort(id, 0, schoolId, programme.id(), name, startDate, seats, programme.phases());
    }

    public Cohort reschedule(String newName, LocalDate newStart, int newSeats) {
        return new Cohort(id, version, schoolId, programmeId, newName, newStart, newSeats, phases);
    }

    public CohortCalendar calendar() {
        // Both dates count from the start, so that month ends do not drift (31 January + 1 + 12 months).
        LocalDate workStudyStart = startDate.plusMonths(phases.centreMonths());
        LocalDate end = startDate.plusMonths(phases.centreMonths() + phases.workStudyMonths()).minusDays(1);
        return new CohortCalendar(startDate, workStudyStart.minusDays(1), workStudyStart,
                phases.workStudyMonths() == 0 ? workStudyStart.minusDays(1) : end);
    }

    public Cohort withVersion(long newVersion) {
        return new Cohort(id, newVersion, schoolId, programmeId, name, startDate, seats, phases);
    }
}
