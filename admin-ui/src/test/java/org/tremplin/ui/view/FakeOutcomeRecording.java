package org.tremplin.ui.view;

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
import org.tremplin.application.port.out.OutcomeFilter;
import org.tremplin.application.port.out.OutcomeSortKey;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;

/** Outcomes in a list, listed as the port promises (filters, sort then id, pages); read-only. */
final class FakeOutcomeRecording implements OutcomeRecording {
    private final List<EmploymentOutcome> outcomes = new ArrayList<>();
    final FakePages pages = new FakePages();
    final List<OutcomeFilter> filters = new ArrayList<>();

    FakeOutcomeRecording add(LearnerId learner, LocalDate observedOn, Situation situation, Optional<Employer> employer,
                             Optional<String> jobTitle) {
        outcomes.add(EmploymentOutcome.record(new OutcomeId(UUID.randomUUID()), learner, observedOn, situation, employer,
                jobTitle));
        return this;
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
        return pages.page(matching, page);
    }

    @Override
    public EmploymentOutcome record(LearnerId learner, OutcomeDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EmploymentOutcome correct(OutcomeId id, long version, OutcomeDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void delete(OutcomeId id, long version) {
        throw new UnsupportedOperationException();
    }

    @Override
    public EmploymentOutcome get(OutcomeId id) {
        throw new UnsupportedOperationException();
    }
}
