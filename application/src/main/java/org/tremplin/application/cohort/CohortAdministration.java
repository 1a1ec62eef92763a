package org.tremplin.application.cohort;

import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;

/** Inbound port: cohorts, each a programme run at a school. {@link Cohort#calendar()} gives its phases. */
public interface CohortAdministration {
    Cohort open(SchoolId school, ProgrammeId programme, CohortDetails details);

    Cohort reschedule(CohortId id, long version, CohortDetails details);

    Cohort get(CohortId id);

    Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page);
}
