package org.tremplin.application.applicant;

import java.util.List;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.applicant.StageChange;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;

/**
 * An applicant as a caller may see them: the disability status is present only for callers
 * allowed to read health data.
 */
public record VisibleApplicant(ApplicantId id, long version, CohortId cohortId, PersonName name, EmailAddress email,
                            InclusionProfile profile, SelectionStage stage, List<StageChange> history,
                            Optional<DisabilityStatus> disability) {

    public static VisibleApplicant of(Applicant applicant, Actor viewer) {
        return new VisibleApplicant(applicant.id(), applicant.version(), applicant.cohortId(), applicant.name(),
                applicant.email(), applicant.profile(), applicant.stage(), applicant.history(),
                viewer.may(Permission.READ_HEALTH_DATA) ? Optional.of(applicant.disability()) : Optional.empty());
    }
}
