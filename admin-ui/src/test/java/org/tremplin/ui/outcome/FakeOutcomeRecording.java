package org.tremplin.ui.outcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.outcome.OutcomeRecordingService;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakePages;
import org.tremplin.ui.testing.FakeRecords;

/**
 * Outcomes in a list, listed as the port promises (filters, sort then id, pages); changes go
 * through the domain's own checks, the use case's "has left" rule on the learners of the given
 * fake, and name their version.
 */
final class FakeOutcomeRecording implements OutcomeRecording {
    private final FakeRecords<EmploymentOutcome, OutcomeId> outcomes = new FakeRecords<>("employment-outcome",
            EmploymentOutcome::id, EmploymentOutcome::version, EmploymentOutcome::withVersion);
    private final FakeLearnerAdministration learners;
    final FakePages pages = outcomes.pages;
    final List<OutcomeFilter> filters = new ArrayList<>();

    FakeOutcomeRecording(FakeLearnerAdministration learners) {
        this.learners = learners;
    }

    FakeOutcomeRecording add(LearnerId learner, LocalDate observedOn, Situation situation, Optional<Employer> employer,
                             Optional<String> jobTitle) {
        outcomes.add(EmploymentOutcome.record(new OutcomeId(UUID.randomUUID()), learner, observedOn, situation, employer,
                jobTitle));
        return this;
    }

    List<EmploymentOutcome> all() {
        return outcomes.all();
    }

    /** Someone else corrects this outcome meanwhile: the version the console read is stale. */
    void changeElsewhere(OutcomeId id) {
        outcomes.save(get(id));
    }

    @Override
    public Page<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<EmploymentOutcome> order = Comparator.comparing(EmploymentOutcome::observedOn);
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<EmploymentOutcome> matching = outcomes.stream()
                .filter(outcome -> filter.situation().map(situation -> situation == outcome.situation()).orElse(true))
                .filter(outcome -> filter.observedFrom().map(from -> !outcome.observedOn().isBefore(from)).orElse(true))
                .filter(outcome -> filter.observedTo().map(to -> !outcome.observedOn().isAfter(to)).orElse(true))
                .sorted(order.thenComparing(outcome -> outcome.id().value()))
                .toList();
        return outcomes.page(matching, page);
    }

    @Override
    public EmploymentOutcome record(LearnerId learner, OutcomeDetails details) {
        EmploymentOutcome outcome = EmploymentOutcome.record(new OutcomeId(UUID.randomUUID()), learner,
                details.observedOn(), details.situation(), employer(details), details.jobTitle());
        OutcomeRecordingService.requireAfterLeaving(learners.learner(learner), outcome);
        outcomes.add(outcome);
        return outcome;
    }

    @Override
    public EmploymentOutcome correct(OutcomeId id, long version, OutcomeDetails details) {
        EmploymentOutcome current = outcomes.current(id, version);
        EmploymentOutcome corrected = current.correct(details.observedOn(), details.situation(), employer(details),
                details.jobTitle());
        OutcomeRecordingService.requireAfterLeaving(learners.learner(current.learnerId()), corrected);
        return outcomes.save(corrected);
    }

    @Override
    public void delete(OutcomeId id, long version) {
        outcomes.current(id, version);
        outcomes.remove(id);
    }

    @Override
    public EmploymentOutcome get(OutcomeId id) {
        return outcomes.get(id);
    }

    private static Optional<Employer> employer(OutcomeDetails details) {
        if (details.employerPartner().isPresent()) {
            return Optional.of(new Employer(details.employerPartner(), details.employerName()));
        }
        return details.employerName().map(Employer::named);
    }
}
