package org.tremplin.application.learner;

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
import org.tremplin.application.person.PersonDetails;
import org.tremplin.application.person.PersonRecords;
import org.tremplin.application.person.ValidPerson;
import org.tremplin.application.port.out.Cohorts;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.out.Learners;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.DisabilityStatus;

public final class LearnerAdministrationService implements LearnerAdministration {
    private final Learners learners;
    private final VersionedRecords<Learner, LearnerId> records;
    private final VersionedRecords<Cohort, CohortId> cohorts;
    private final PersonRecords<Learner, LearnerId, VisibleLearner> people;
    private final UseCaseSupport support;

    public LearnerAdministrationService(Learners learners, Cohorts cohorts, UseCaseSupport support) {
        this.learners = learners;
        this.records = SchoolRecords.learners(support, learners);
        this.cohorts = SchoolRecords.cohorts(support, cohorts);
        this.people = new PersonRecords<>(support, records, VisibleLearner::of);
        this.support = support;
    }

    @Override
    public VisibleLearner enrol(CohortId cohortId, PersonDetails details, LocalDate enrolledOn) {
        Actor actor = support.require(Permission.MANAGE_LEARNERS);
        ValidPerson person = ValidPerson.read(details, actor);
        Learner saved = records.add("learner.enrolled", () -> {
            Cohort cohort = cohorts.findInScope(cohortId, actor);
            return Learner.enrol(new LearnerId(support.newId()), cohort, Optional.empty(), person.name(),
                    person.email(), person.profile(), person.disabilityOr(DisabilityStatus.UNDISCLOSED), enrolledOn);
        });
        return VisibleLearner.of(saved, actor);
    }

    @Override
    public VisibleLearner startCentre(LearnerId id, long version, LocalDate on) {
        return people.change(id, version, "learner.centre-started", learner -> learner.startCentre(on));
    }

    @Override
    public VisibleLearner startWorkStudy(LearnerId id, long version, LocalDate on) {
        return people.change(id, version, "learner.work-study-started", learner -> learner.startWorkStudy(on));
    }

    @Override
    public VisibleLearner graduate(LearnerId id, long version, LocalDate on) {
        return people.change(id, version, "learner.graduated", learner -> learner.graduate(on));
    }

    @Override
    public VisibleLearner dropOut(LearnerId id, long version, LocalDate on, DropOutReason reason) {
        return people.change(id, version, "learner.dropped-out", learner -> learner.dropOut(on, reason));
    }

    @Override
    public VisibleLearner correct(LearnerId id, long version, PersonDetails details) {
        return people.correct(id, version, "learner.corrected", details, Learner::correct, Learner::disability);
    }

    @Override
    public VisibleLearner get(LearnerId id) {
        return people.get(id);
    }

    @Override
    public Page<VisibleLearner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page) {
        return people.list(actor -> learners.list(filter.scopedTo(actor), sort, page));
    }
}
