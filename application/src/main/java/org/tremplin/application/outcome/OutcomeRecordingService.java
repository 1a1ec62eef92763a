package org.tremplin.application.outcome;

import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.application.port.out.Partners;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;

public final class OutcomeRecordingService implements OutcomeRecording {
    public static final String LEARNER_NOT_LEFT = "outcome.learner-not-left";
    private static final String RECORD = "employment-outcome";
    private final EmploymentOutcomes outcomes;
    private final Learners learners;
    private final Partners partners;
    private final UseCaseSupport support;

    public OutcomeRecordingService(EmploymentOutcomes outcomes, Learners learners, Partners partners,
                                   UseCaseSupport support) {
        this.outcomes = outcomes;
        this.learners = learners;
        this.partners = partners;
        this.support = support;
    }

    @Override
    public EmploymentOutcome record(LearnerId learnerId, OutcomeDetails details) {
        Actor actor = support.require(Permission.WRITE_OUTCOMES);
        return support.change("outcome.recorded", RECORD, () -> {
            Learner learner = loadLearner(learnerId, actor);
            EmploymentOutcome outcome = EmploymentOutcome.record(new OutcomeId(support.newId()), learnerId,
                    details.observedOn(), details.situation(), employer(details), details.jobTitle());
            requireAfterLeaving(learner, outcome);
            return outcomes.save(outcome);
        }, EmploymentOutcome::id);
    }

    @Override
    public EmploymentOutcome correct(OutcomeId id, long version, OutcomeDetails details) {
        Actor actor = support.require(Permission.WRITE_OUTCOMES);
        return support.change("outcome.corrected", RECORD, () -> {
            EmploymentOutcome current = load(id, actor);
            UseCaseSupport.requireVersion(current.version(), version, RECORD, id);
            EmploymentOutcome corrected = current.correct(details.observedOn(), details.situation(), employer(details),
                    details.jobTitle());
            requireAfterLeaving(loadLearner(current.learnerId(), actor), corrected);
            return outcomes.save(corrected);
        }, EmploymentOutcome::id);
    }

    @Override
    public void delete(OutcomeId id, long version) {
        Actor actor = support.require(Permission.WRITE_OUTCOMES);
        support.change("outcome.deleted", RECORD, () -> {
            EmploymentOutcome current = load(id, actor);
            outcomes.delete(id, version);
            return current;
        }, EmploymentOutcome::id);
    }

    @Override
    public EmploymentOutcome get(OutcomeId id) {
        Actor actor = support.require(Permission.READ_OUTCOMES);
        return support.read(() -> load(id, actor));
    }

    @Override
    public Page<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort, PageRequest page) {
        Actor actor = support.require(Permission.READ_OUTCOMES);
        OutcomeFilter scoped = new OutcomeFilter(actor.narrow(filter.schools()), filter.learner(), filter.situation(),
                filter.observedFrom(), filter.observedTo(), filter.updatedSince());
        return support.read(() -> outcomes.list(scoped, sort, page));
    }

    private Optional<Employer> employer(OutcomeDetails details) {
        if (details.employerPartner().isPresent()) {
            var partner = details.employerPartner().get();
            partners.findById(partner).orElseThrow(() -> new NotFoundException("partner", partner));
            return Optional.of(new Employer(details.employerPartner(), details.employerName()));
        }
        return details.employerName().filter(name -> !name.isBlank()).map(Employer::named);
    }

    /**
     * Refuses an outcome of a learner still in the programme, or observed before they left. Public
     * so that an import checks its rows by the very same rule before writing any.
     */
    public static void requireAfterLeaving(Learner learner, EmploymentOutcome outcome) {
        var leftOn = learner.leftOn().orElseThrow(() -> new RuleViolationException("learnerId", LEARNER_NOT_LEFT,
                "outcomes are recorded for learners who have left the programme"));
        outcome.requireObservedAfterLeaving(leftOn);
    }

    private EmploymentOutcome load(OutcomeId id, Actor actor) {
        EmploymentOutcome outcome = outcomes.findById(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        loadLearner(outcome.learnerId(), actor);
        return outcome;
    }

    private Learner loadLearner(LearnerId id, Actor actor) {
        Learner learner = learners.findById(id).orElseThrow(() -> new NotFoundException("learner", id));
        actor.requireSchool(learner.schoolId());
        return learner;
    }
}
