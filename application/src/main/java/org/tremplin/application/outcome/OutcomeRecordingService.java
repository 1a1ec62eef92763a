package org.tremplin.application.outcome;

import org.tremplin.domain.error.ErrorCodes;
import java.util.Optional;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.SchoolRecords;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
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
    private static final String RECORD = "employment-outcome";
    private final EmploymentOutcomes outcomes;
    private final VersionedRecords<EmploymentOutcome, OutcomeId> records;
    private final VersionedRecords<Learner, LearnerId> learners;
    private final Partners partners;
    private final UseCaseSupport support;

    public OutcomeRecordingService(EmploymentOutcomes outcomes, Learners learners, Partners partners,
                                   UseCaseSupport support) {
        this.outcomes = outcomes;
        this.learners = SchoolRecords.learners(support, learners);
        this.records = VersionedRecords.of(support, RECORD, outcomes, EmploymentOutcome::id, EmploymentOutcome::version)
                .ownedBy(outcome -> this.learners.find(outcome.learnerId()).schoolId());
        this.partners = partners;
        this.support = support;
    }

    @Override
    public EmploymentOutcome record(LearnerId learnerId, OutcomeDetails details) {
        Actor actor = support.require(Permission.WRITE_OUTCOMES);
        return records.add("outcome.recorded", () -> {
            Learner learner = learners.findInScope(learnerId, actor);
            EmploymentOutcome outcome = EmploymentOutcome.record(new OutcomeId(support.newId()), learnerId,
                    details.observedOn(), details.situation(), employer(details), details.jobTitle());
            requireAfterLeaving(learner, outcome);
            return outcome;
        });
    }

    @Override
    public EmploymentOutcome correct(OutcomeId id, long version, OutcomeDetails details) {
        Actor actor = support.require(Permission.WRITE_OUTCOMES);
        return records.change("outcome.corrected", () -> records.findInScope(id, actor), version, current -> {
            EmploymentOutcome corrected = current.correct(details.observedOn(), details.situation(), employer(details),
                    details.jobTitle());
            requireAfterLeaving(learners.findInScope(current.learnerId(), actor), corrected);
            return corrected;
        });
    }

    @Override
    public void delete(OutcomeId id, long version) {
        Actor actor = support.require(Permission.WRITE_OUTCOMES);
        records.remove("outcome.deleted", () -> records.findInScope(id, actor), version, outcomes::delete);
    }

    @Override
    public EmploymentOutcome get(OutcomeId id) {
        return records.readInScope(Permission.READ_OUTCOMES, id);
    }

    @Override
    public Page<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort, PageRequest page) {
        return support.readWith(Permission.READ_OUTCOMES, actor -> outcomes.list(filter.scopedTo(actor), sort, page));
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
        var leftOn = learner.leftOn().orElseThrow(() -> new RuleViolationException("learnerId", ErrorCodes.LEARNER_NOT_LEFT,
                "outcomes are recorded for learners who have left the programme"));
        outcome.requireObservedAfterLeaving(leftOn);
    }
}
