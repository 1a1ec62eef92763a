package org.tremplin.domain.cohort;

import java.time.LocalDate;

/** The two phases of a cohort, derived from its start date and its programme's phase lengths; dates are inclusive. */
public record CohortCalendar(LocalDate centreStart, LocalDate centreEnd, LocalDate workStudyStart, LocalDate workStudyEnd) {
    public LocalDate end() {
        return workStudyEnd;
    }
}
