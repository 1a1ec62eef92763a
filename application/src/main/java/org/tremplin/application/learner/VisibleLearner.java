package org.tremplin.application.learner;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.DropOut;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;

/**
 * A learner as a caller may see them: the disability status (RQTH) is present only for callers
 * allowed to read health data. Age at entry is computed, never stored.
 */
public record VisibleLearner(LearnerId id, long version, SchoolId schoolId, CohortId cohortId,
                          Optional<ApplicantId> applicantId, PersonName name, EmailAddress email,
                          InclusionProfile profile, int ageAtEntry, LearnerStatus status, LocalDate enrolledOn,
                          Optional<LocalDate> centreStartedOn, Optional<LocalDate> workStudyStartedOn,
                          Optional<LocalDate> graduatedOn, Optional<DropOut> dropOut,
                          Optional<DisabilityStatus> disability) {

    public static VisibleLearner of(Learner learner, Actor viewer) {
        return new VisibleLearner(learner.id(), learner.version(), learner.schoolId(), learner.cohortId(),
                learner.applicantId(), learner.name(), learner.email(), learner.profile(), learner.ageAtEntry(),
                learner.status(), learner.enrolledOn(), learner.centreStartedOn(), learner.workStudyStartedOn(),
                learner.graduatedOn(), learner.dropOut(),
                viewer.may(Permission.READ_HEALTH_DATA) ? Optional.of(learner.disability()) : Optional.empty());
    }

    public Optional<LocalDate> leftOn() {
        return graduatedOn.or(() -> dropOut.map(DropOut::on));
    }
}
