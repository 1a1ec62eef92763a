package org.tremplin.adapter.persistence.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.domain.indicator.FollowUp;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.shared.Identifiers;
import org.tremplin.domain.workstudy.ContractBreak;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** The definitions of {@link WarningQueries}, in Java, over every learner of the stores. */
public final class InMemoryWarningQueries implements WarningQueries {
    private static final Comparator<EarlyWarning> LIST_ORDER = Comparator.comparing(EarlyWarning::kind)
            .thenComparing(EarlyWarning::date)
            .thenComparing(warning -> warning.learnerId().value(), Identifiers.ORDER);
    private static final int WINDOW = FollowUp.OBSERVATION_WINDOW_MONTHS;

    private final InMemoryTransactions transactions;
    private final InMemoryStores stores;

    InMemoryWarningQueries(InMemoryTransactions transactions, InMemoryStores stores) {
        this.transactions = transactions;
        this.stores = stores;
    }

    @Override
    public Page<EarlyWarning> list(WarningFilter filter, LocalDate asOf, PageRequest page) {
        List<EarlyWarning> matching = transactions.read(() -> warnings(filter, asOf)).stream()
                .filter(warning -> filter.kind().map(kind -> kind == warning.kind()).orElse(true))
                .sorted(LIST_ORDER)
                .toList();
        int from = (int) Math.min(page.offset(), matching.size());
        int to = (int) Math.min(page.offset() + page.size(), matching.size());
        return new Page<>(matching.subList(from, to), matching.size(), page);
    }

    @Override
    public Map<WarningKind, Long> countByKind(WarningFilter filter, LocalDate asOf) {
        Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
        for (WarningKind kind : WarningKind.values()) {
            counts.put(kind, 0L);
        }
        transactions.read(() -> warnings(filter, asOf)).forEach(warning -> counts.merge(warning.kind(), 1L, Long::sum));
        return counts;
    }

    private List<EarlyWarning> warnings(WarningFilter filter, LocalDate asOf) {
        Map<LearnerId, List<WorkStudyContract>> contracts = stores.contracts().all().stream()
                .collect(Collectors.groupingBy(WorkStudyContract::learnerId));
        Map<LearnerId, List<EmploymentOutcome>> outcomes = stores.outcomes().all().stream()
                .collect(Collectors.groupingBy(EmploymentOutcome::learnerId));
        List<EarlyWarning> warnings = new ArrayList<>();
        for (Learner learner : stores.learners().all()) {
            if (filter.schools().map(schools -> schools.contains(learner.schoolId())).orElse(true)) {
                contractWarning(learner, contracts.getOrDefault(learner.id(), List.of()), asOf)
                        .ifPresent(warnings::add);
                for (WarningKind kind : List.of(WarningKind.OUTCOME_OVERDUE_6_MONTHS,
                        WarningKind.OUTCOME_OVERDUE_12_MONTHS)) {
                    followUpWarning(kind, learner, outcomes.getOrDefault(learner.id(), List.of()), asOf)
                            .ifPresent(warnings::add);
                }
            }
        }
        return warnings;
    }

    private static Optional<EarlyWarning> contractWarning(Learner learner, List<WorkStudyContract> contracts,
                                                          LocalDate asOf) {
        if (!inWorkStudy(learner, asOf)) {
            return Optional.empty();
        }
        Optional<LocalDate> notReplacedSince = contracts.stream()
                .max(Comparator.comparing(WorkStudyContract::startDate))
                .flatMap(WorkStudyContract::breakOff)
                .map(ContractBreak::on)
                .filter(brokenOn -> !brokenOn.plusDays(REPLACEMENT_DAYS).isAfter(asOf));
        if (notReplacedSince.isPresent()) {
            return Optional.of(warning(WarningKind.BROKEN_CONTRACT_NOT_REPLACED, learner, notReplacedSince.get()));
        }
        if (contracts.stream().anyMatch(contract -> contract.isActiveOn(asOf))) {
            return Optional.empty();
        }
        LocalDate since = contracts.stream()
                .map(WorkStudyContract::effectiveEndDate)
                .filter(end -> end.isBefore(asOf))
                .map(end -> end.plusDays(1))
                .filter(dayAfter -> dayAfter.isAfter(learner.workStudyStartedOn().orElseThrow()))
                .max(Comparator.naturalOrder())
                .orElse(learner.workStudyStartedOn().orElseThrow());
        return Optional.of(warning(WarningKind.WORK_STUDY_WITHOUT_CONTRACT, learner, since));
    }

    private static Optional<EarlyWarning> followUpWarning(WarningKind kind, Learner learner,
                                                          List<EmploymentOutcome> outcomes, LocalDate asOf) {
        if (learner.leftOn().isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = learner.leftOn().get().plusMonths(WarningQueries.followUpMonths(kind));
        LocalDate windowOpens = due.minusMonths(WINDOW);
        LocalDate windowCloses = due.plusMonths(WINDOW);
        if (!asOf.isAfter(due) || asOf.isAfter(windowCloses)) {
            return Optional.empty();
        }
        boolean followedUp = outcomes.stream().map(EmploymentOutcome::observedOn)
                .anyMatch(on -> !on.isBefore(windowOpens) && !on.isAfter(windowCloses) && !on.isAfter(asOf));
        return followedUp ? Optional.empty() : Optional.of(warning(kind, learner, due));
    }

    /** Work-study started on or before the day, and the learner had not left by then. */
    private static boolean inWorkStudy(Learner learner, LocalDate day) {
        return learner.workStudyStartedOn().filter(start -> !start.isAfter(day)).isPresent()
                && learner.leftOn().filter(left -> !left.isAfter(day)).isEmpty();
    }

    private static EarlyWarning warning(WarningKind kind, Learner learner, LocalDate date) {
        return new EarlyWarning(kind, learner.id(), learner.name(), learner.schoolId(), learner.cohortId(), date);
    }
}
