package org.tremplin.domain.learner;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;

/**
 * A person enrolled in a cohort. The status is derived from the dates recorded, so status and
 * dates cannot disagree: enrolled, then in centre, then in work-study, then graduated; dropping
 * out is possible from any stage before graduation.
 */
public record Learner(
        LearnerId id,
        long version,
        SchoolId schoolId,
        CohortId cohortId,
        Optional<ApplicantId> applicantId,
        PersonName name,
        EmailAddress email,
        InclusionProfile profile,
        DisabilityStatus disability,
        LocalDate enrolledOn,
        Optional<LocalDate> centreStartedOn,
        Optional<LocalDate> workStudyStartedOn,
        Optional<LocalDate> graduatedOn,
        Optional<DropOut> dropOut) {

    public Learner {
        Require.present(id, "id");
        Require.present(schoolId, "schoolId");
        Require.present(cohortId, "cohortId");
        Require.present(applicantId, "applicantId");
        Require.present(name, "name");
        Require.present(email, "email");
        Require.present(profile, "profile");
        Require.present(disability, "disability");
        Require.present(enrolledOn, "enrolledOn");
        Require.present(centreStartedOn, "centreStartedOn");
        Require.present(workStudyStartedOn, "workStudyStartedOn");
        Require.present(graduatedOn, "graduatedOn");
        Require.present(dropOut, "dropOut");
        profile.requireConsistentAt(enrolledOn, "enrolledOn");
        LocalDate last = enrolledOn;
        last = requireStep(centreStartedOn, last, true, "centreStartedOn");
        last = requireStep(workStudyStartedOn, last, centreStartedOn.isPresent(), "workStudyStartedOn");
        last = requireStep(graduatedOn, last, workStudyStartedOn.isPresent(), "graduatedOn");
        if (dropOut.isPresent()) {
            if (graduatedOn.isPresent()) {
                throw new RuleViolationException("dropOut", ErrorCodes.LEARNER_TRANSITION,
                        "a graduate cannot also have dropped out");
            }
            Require.notBefore(dropOut.get().on(), last, "droppedOutOn", "the last status date");
        }
    }

    public static Learner enrol(LearnerId id, Cohort cohort, Optional<ApplicantId> applicantId, PersonName name,
                                EmailAddress email, InclusionProfile profile, DisabilityStatus disability,
                                LocalDate enrolledOn) {
        Require.present(cohort, "cohortId");
        return new Learner(id, 0, cohort.schoolId(), cohort.id(), applicantId, name, email, profile, disability,
                enrolledOn, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public LearnerStatus status() {
        if (dropOut.isPresent()) {
            return LearnerStatus.DROPPED_OUT;
        }
        if (graduatedOn.isPresent()) {
            return LearnerStatus.GRADUATED;
        }
        if (workStudyStartedOn.isPresent()) {
            return LearnerStatus.IN_WORK_STUDY;
        }
        return centreStartedOn.isPresent() ? LearnerStatus.IN_CENTRE : LearnerStatus.ENROLLED;
    }

    /** The day the learner left the programme, graduated or not. */
    public Optional<LocalDate> leftOn() {
        return graduatedOn.or(() -> dropOut.map(DropOut::on));
    }

    public int ageAtEntry() {
        return profile.ageAt(enrolledOn);
    }

    public boolean isUnder26AtEntry() {
        return profile.isUnder26At(enrolledOn);
    }

    public boolean isUnder30AtEntry() {
        return profile.isUnder30At(enrolledOn);
    }

    public Learner startCentre(LocalDate on) {
        Require.present(on, "centreStartedOn");
        requireStatus(LearnerStatus.ENROLLED, LearnerStatus.IN_CENTRE);
        return new Learner(id, version, schoolId, cohortId, applicantId, name, email, profile, disability, enrolledOn,
                Optional.of(on), workStudyStartedOn, graduatedOn, dropOut);
    }

    public Learner startWorkStudy(LocalDate on) {
        Require.present(on, "workStudyStartedOn");
        requireStatus(LearnerStatus.IN_CENTRE, LearnerStatus.IN_WORK_STUDY);
        return new Learner(id, version, schoolId, cohortId, applicantId, name, email, profile, disability, enrolledOn,
                centreStartedOn, Optional.of(on), graduatedOn, dropOut);
    }

    public Learner graduate(LocalDate on) {
        Require.present(on, "graduatedOn");
        requireStatus(LearnerStatus.IN_WORK_STUDY, LearnerStatus.GRADUATED);
        return new Learner(id, version, schoolId, cohortId, applicantId, name, email, profile, disability, enrolledOn,
                centreStartedOn, workStudyStartedOn, Optional.of(on), dropOut);
    }

    public Learner dropOut(LocalDate on, DropOutReason reason) {
        if (status().hasLeft()) {
            throw illegal(LearnerStatus.DROPPED_OUT);
        }
        return new Learner(id, version, schoolId, cohortId, applicantId, name, email, profile, disability, enrolledOn,
                centreStartedOn, workStudyStartedOn, graduatedOn, Optional.of(new DropOut(on, reason)));
    }

    /** Corrects the personal details; the enrolment history stays as it is. */
    public Learner correct(PersonName newName, EmailAddress newEmail, InclusionProfile newProfile,
                           DisabilityStatus newDisability) {
        return new Learner(id, version, schoolId, cohortId, applicantId, newName, newEmail, newProfile, newDisability,
                enrolledOn, centreStartedOn, workStudyStartedOn, graduatedOn, dropOut);
    }

    public Learner withVersion(long newVersion) {
        return new Learner(id, newVersion, schoolId, cohortId, applicantId, name, email, profile, disability,
                enrolledOn, centreStartedOn, workStudyStartedOn, graduatedOn, dropOut);
    }

    private void requireStatus(LearnerStatus expected, LearnerStatus target) {
        if (status() != expected) {
            throw illegal(target);
        }
    }

    private RuleViolationException illegal(LearnerStatus target) {
        return new RuleViolationException("status", ErrorCodes.LEARNER_TRANSITION,
                "a learner cannot move from " + status() + " to " + target);
    }

    private static LocalDate requireStep(Optional<LocalDate> date, LocalDate previous, boolean previousReached,
                                         String field) {
        if (date.isEmpty()) {
            return previous;
        }
        if (!previousReached) {
            throw new RuleViolationException(field, ErrorCodes.LEARNER_TRANSITION,
                    field + " needs the previous stage to have started");
        }
        Require.notBefore(date.get(), previous, field, "the previous stage's date");
        return date.get();
    }

    @Override
    public String toString() {
        return "Learner[id=" + id + ", status=" + status() + "]";
    }
}
