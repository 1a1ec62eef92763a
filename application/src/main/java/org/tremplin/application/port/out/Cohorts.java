package org.tremplin.application.port.out;

import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;

/** The cohorts of every school. A cohort's name is unique within its school (code {@code cohort.name-taken}). */
public interface Cohorts extends Repository<Cohort, CohortId> {
    Page<Cohort> list(CohortFilter filter, Sort<CohortSortKey> sort, PageRequest page);
}
