package org.tremplin.application.learner;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.person.PersonDetails;
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
    private static final String RECORD = "learner";
    private final Learners learners;
    private final Cohorts cohorts;
    private final UseCaseSupport support;

    public LearnerAdministrationService(Learners learners, Cohorts cohorts, UseCaseSupport support) {
        this.learners = learners;
        this.cohorts = cohorts;
        this.support = support;
    }

    @Override
    public VisibleLearner enrol(CohortId cohortId, PersonDetails details, LocalDate enrolledOn) {
        Actor actor = support.require(Permission.MANAGE_LEARNERS);
        ValidPerson person = ValidPerson.read(details, actor);
        Learner saved = support.change("learner.enrolled", RECORD, () -> {
            Cohort cohort = cohorts.findById(cohortId).orElseThrow(() -> new NotFoundException("cohort", cohortId));
            actor.requireSchool(cohort.schoolId());
            return learners.save(Learner.enrol(new LearnerId(support.newId()), cohort, Optional.empty(), person.name(),
                    person.email(), person.profile(), person.disabilityOr(DisabilityStatus.UNDISCLOSED), enrolledOn));
        }, Learner::id);
        return VisibleLearner.of(saved, actor);
    }

    @Override
    public VisibleLearner startCentre(LearnerId id, long version, LocalDate on) {
        return update(id, version, "learner.centre-started", learner -> learner.startCentre(on));
    }

    @Override
    public VisibleLearner startWorkStudy(LearnerId id, long version, LocalDate on) {
        return update(id, version, "learner.work-study-started", learner -> learner.startWorkStudy(on));
    }

    @Override
    public VisibleLearner graduate(LearnerId id, long version, LocalDate on) {
        return update(id, version, "learner.graduated", learner -> learner.graduate(on));
    }

    @Override
    public VisibleLearner dropOut(LearnerId id, long version, LocalDate on, DropOutReason reason) {
        return update(id, version, "learner.dropped-out", learner -> learner.dropOut(on, reason));
    }

    @Override
    public VisibleLearner correct(LearnerId id, long version, PersonDetails details) {
        ValidPerson person = ValidPerson.read(details, support.actor());
        return update(id, version, "learner.corrected", learner -> learner.correct(person.name(), person.email(),
                person.profile(), person.disabilityOr(learner.disability())));
    }

    @Override
    public VisibleLearner get(LearnerId id) {
        Actor actor = support.require(Permission.READ_PERSONAL_DATA);
        return VisibleLearner.of(support.read(() -> load(id, actor)), actor);
    }

    @Override
    public Page<VisibleLearner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page) {
        Actor actor = support.require(Permission.READ_PERSONAL_DATA);
        LearnerFilter scoped = new LearnerFilter(actor.narrow(filter.schools()), filter.cohort(), filter.status(),
                filter.enrolledFrom(), filter.enrolledTo(), filter.text(), filter.updatedSince());
        return support.read(() -> learners.list(scoped, sort, page)).map(learner -> VisibleLearner.of(learner, actor));
    }

    private VisibleLearner update(LearnerId id, long version, String action, UnaryOperator<Learner> change) {
        Actor actor = support.require(Permission.MANAGE_LEARNERS);
        Learner saved = support.change(action, RECORD, () -> {
            Learner current = load(id, actor);
            UseCaseSupport.requireVersion(current.version(), version, RECORD, id);
            return learners.save(change.apply(current));
        }, Learner::id);
        return VisibleLearner.of(saved, actor);
    }

    private Learner load(LearnerId id, Actor actor) {
        Learner learner = learners.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        actor.requireSchool(learner.schoolId());
        return learner;
    }
}
