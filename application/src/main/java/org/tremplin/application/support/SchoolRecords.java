package org.tremplin.application.support;

import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.Learners;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;

/**
 * The records that many use cases look up within the caller's schools, each named and owned the same
 * way wherever it is looked up: a cohort and a learner belong to the school they name.
 */
public final class SchoolRecords {
    private SchoolRecords() {
    }

    public static VersionedRecords<Cohort, CohortId> cohorts(UseCaseSupport support, Cohorts cohorts) {
        return VersionedRecords.of(support, "cohort", cohorts, Cohort::id, Cohort::version).ownedBy(Cohort::schoolId);
    }

    public static VersionedRecords<Learner, LearnerId> learners(UseCaseSupport support, Learners learners) {
        return VersionedRecords.of(support, "learner", learners, Learner::id, Learner::version)
                .ownedBy(Learner::schoolId);
    }
}
