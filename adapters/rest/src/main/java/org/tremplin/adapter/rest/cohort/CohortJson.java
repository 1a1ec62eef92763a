package org.tremplin.adapter.rest.cohort;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortCalendar;

/** A cohort with its phase calendar: in the centre, then in work-study. */
@Serdeable
public record CohortJson(String id, long version, String schoolId, String programmeId, String name, LocalDate startDate,
                         int seats, int centreMonths, int workStudyMonths, Calendar calendar) implements RecordJson {

    @Serdeable
    public record Calendar(LocalDate centreStart, LocalDate centreEnd, LocalDate workStudyStart,
                           LocalDate workStudyEnd) {
    }

    static CohortJson of(Cohort cohort) {
        CohortCalendar calendar = cohort.calendar();
        return new CohortJson(cohort.id().toString(), cohort.version(), cohort.schoolId().toString(),
                cohort.programmeId().toString(), cohort.name(), cohort.startDate(), cohort.seats(),
                cohort.phases().centreMonths(), cohort.phases().workStudyMonths(),
                new Calendar(calendar.centreStart(), calendar.centreEnd(), calendar.workStudyStart(),
                        calendar.workStudyEnd()));
    }
}
