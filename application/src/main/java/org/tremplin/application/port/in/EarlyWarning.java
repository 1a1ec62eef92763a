package org.tremplin.application.port.in;

import java.time.LocalDate;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/**
 * A learner a school should act on, and why.
 *
 * @param date what the kind dates: the day the contract was broken, the first day without a
 *             contract, or the day the follow-up was due (the day the learner left plus six or
 *             twelve months)
 */
public record EarlyWarning(WarningKind kind, LearnerId learnerId, PersonName name, SchoolId schoolId,
                           CohortId cohortId, LocalDate date) {
    public EarlyWarning {
        Require.present(kind, "kind");
        Require.present(learnerId, "learnerId");
        Require.present(name, "name");
        Require.present(schoolId, "schoolId");
        Require.present(cohortId, "cohortId");
        Require.present(date, "date");
    }
}
