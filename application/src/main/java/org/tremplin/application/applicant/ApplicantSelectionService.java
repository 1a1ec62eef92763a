package org.tremplin.application.applicant;

import java.time.LocalDate;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.SchoolRecords;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.person.PersonRecords;
import org.tremplin.application.person.ValidPerson;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.out.Learners;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.DisabilityStatus;

public final class ApplicantSelectionService implements ApplicantSelection {
    private static final String RECORD = "applicant";
    private final Applicants applicants;
    private final VersionedRecords<Cohort, CohortId> cohorts;
    private final VersionedRecords<Applicant, ApplicantId> records;
    private final PersonRecords<Applicant, ApplicantId, VisibleApplicant> people;
    private final Learners learners;
    private final UseCaseSupport support;

    public ApplicantSelectionService(Applicants applicants, Cohorts cohorts, Learners learners, UseCaseSupport support) {
        this.applicants = applicants;
        this.cohorts = SchoolRecords.cohorts(support, cohorts);
        this.records = VersionedRecords.of(support, RECORD, applicants, Applicant::id, Applicant::version)
                .ownedBy(applicant -> this.cohorts.find(applicant.cohortId()).schoolId());
        this.people = new PersonRecords<>(support, records, VisibleApplicant::of);
        this.learners = learners;
        this.support = support;
    }

    @Override
    public VisibleApplicant apply(CohortId cohortId, PersonDetails details, LocalDate appliedOn) {
        Actor actor = support.require(Permission.MANAGE_LEARNERS);
        ValidPerson person = ValidPerson.read(details, actor);
        Applicant saved = records.add("applicant.applied", () -> {
            Cohort cohort = cohorts.findInScope(cohortId, actor);
            return Applicant.apply(new ApplicantId(support.newId()), cohort.id(), person.name(), person.email(),
                    person.profile(), person.disabilityOr(DisabilityStatus.UNDISCLOSED), appliedOn);
        });
        return VisibleApplicant.of(saved, actor);
    }

    @Override
    public VisibleApplicant moveTo(ApplicantId id, long version, SelectionStage stage, LocalDate on) {
        if (stage == SelectionStage.ENROLLED) {
            throw new RuleViolationException("stage", ErrorCodes.APPLICANT_TRANSITION,
                    "enrolment creates a learner: use enrol");
        }
        return people.change(id, version, "applicant." + stage.name().toLowerCase(),
                applicant -> applicant.moveTo(stage, on));
    }

    @Override
    public VisibleLearner enrol(ApplicantId id, long version, LocalDate on) {
        Actor actor = support.require(Permission.MANAGE_LEARNERS);
        Learner learner = support.change("applicant.enrolled", "learner", () -> {
            Applicant applicant = records.atVersion(records.findInScope(id, actor), version);
            Applicant enrolled = applicants.save(applicant.moveTo(SelectionStage.ENROLLED, on));
            // The applicant changed too: its own entry, so that a reader of the trail learns of both records.
            support.audit("applicant.enrolled", RECORD, enrolled.id());
            Cohort cohort = cohorts.findInScope(enrolled.cohortId(), actor);
            return learners.save(Learner.enrol(new LearnerId(support.newId()), cohort, Optional.of(enrolled.id()),
                    enrolled.name(), enrolled.email(), enrolled.profile(), enrolled.disability(), on));
        }, Learner::id);
        return VisibleLearner.of(learner, actor);
    }

    @Override
    public VisibleApplicant correct(ApplicantId id, long version, PersonDetails details) {
        return people.correct(id, version, "applicant.corrected", details, Applicant::correct, Applicant::disability);
    }

    @Override
    public VisibleApplicant get(ApplicantId id) {
        return people.get(id);
    }

    @Override
    public Page<VisibleApplicant> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page) {
        return people.list(actor -> applicants.list(filter.scopedTo(actor), sort, page));
    }
}
