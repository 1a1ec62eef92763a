package org.tremplin.ui.testing;

import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.programme.ProgrammeId;
import org.tremplin.domain.school.SchoolId;

/**
 * Cohorts that a test only lists and reads (to name a row's cohort, to choose one in a form): a
 * write would mean the view under test does what it should not, so it fails loudly.
 */
public abstract class ReadOnlyCohorts implements CohortAdministration {

    @Override
    public final Cohort open(SchoolId school, ProgrammeId programme, CohortDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public final Cohort reschedule(CohortId id, long version, CohortDetails details) {
        throw new UnsupportedOperationException();
    }
}
