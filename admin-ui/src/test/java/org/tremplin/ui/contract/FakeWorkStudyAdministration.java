package org.tremplin.ui.contract;

import org.tremplin.domain.error.ErrorCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.application.workstudy.WorkStudyAdministrationService;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;
import org.tremplin.ui.testing.FakeLearnerAdministration;
import org.tremplin.ui.testing.FakePages;
import org.tremplin.ui.testing.FakeRecords;
import org.tremplin.ui.testing.FakePartnerAdministration;

/**
 * Contracts in a list, listed as the port promises (broken filter, sort then id, pages). Changes
 * go through the domain's own checks (dates, overlap, break within the contract), check the host's
 * role as the use case does (against {@link #hosts} and {@link #learners}, when given) and name
 * their version; {@link #amendElsewhere} plays someone else saving first.
 */
final class FakeWorkStudyAdministration implements WorkStudyAdministration {
    private final FakeRecords<WorkStudyContract, ContractId> contracts = new FakeRecords<>("work-study-contract",
            WorkStudyContract::id, WorkStudyContract::version, WorkStudyContract::withVersion);
    final FakePages pages = contracts.pages;
    final List<ContractFilter> filters = new ArrayList<>();
    private FakePartnerAdministration hosts;
    private FakeLearnerAdministration learners;

    /** Checks hosts against these partners' roles at the learner's school, as the use case does. */
    FakeWorkStudyAdministration checking(FakePartnerAdministration knownHosts, FakeLearnerAdministration knownLearners) {
        this.hosts = knownHosts;
        this.learners = knownLearners;
        return this;
    }

    List<WorkStudyContract> contracts() {
        return contracts.all();
    }

    void amendElsewhere(WorkStudyContract contract, String jobTitle) {
        WorkStudyContract current = get(contract.id());
        contracts.save(current.amend(current.kind(), current.startDate(), current.plannedEndDate(), jobTitle,
                current.tutorName()));
    }

    FakeWorkStudyAdministration add(LearnerId learner, PartnerId host, LocalDate start, BrokenBy brokenBy,
                                    LocalDate brokenOn) {
        WorkStudyContract contract = WorkStudyContract.sign(new ContractId(UUID.randomUUID()), learner, host,
                ContractKind.APPRENTICESHIP, start, start.plusMonths(12).minusDays(1), "Développeuse IA", "Claire Roux");
        contracts.add(brokenBy == null ? contract : contract.breakOff(brokenOn, brokenBy));
        return this;
    }

    @Override
    public Page<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<WorkStudyContract> order = switch (sort.key()) {
            case START_DATE -> Comparator.comparing(WorkStudyContract::startDate);
            case PLANNED_END_DATE -> Comparator.comparing(WorkStudyContract::plannedEndDate);
        };
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<WorkStudyContract> matching = contracts.stream()
                .filter(contract -> filter.broken().map(broken -> broken == contract.isBroken()).orElse(true))
                .sorted(order.thenComparing(contract -> contract.id().value()))
                .toList();
        return contracts.page(matching, page);
    }

    @Override
    public WorkStudyContract sign(LearnerId learner, PartnerId host, ContractTerms terms) {
        if (hosts != null && !hosts.get(host).plays(PartnerRole.WORK_STUDY_HOST, learners.get(learner).schoolId())) {
            throw new RuleViolationException("hostId", ErrorCodes.HOST_NOT_ENGAGED,
                    "the partner is not a work-study host of the learner's school");
        }
        WorkStudyContract contract = WorkStudyContract.sign(new ContractId(UUID.randomUUID()), learner, host,
                terms.kind(), terms.startDate(), terms.plannedEndDate(), terms.jobTitle(), terms.tutorName());
        contract.requireNoOverlapWith(contracts.stream().filter(other -> other.learnerId().equals(learner)).toList());
        contracts.add(contract);
        return contract;
    }

    @Override
    public WorkStudyContract amend(ContractId id, long version, ContractTerms terms) {
        WorkStudyContract amended = contracts.current(id, version).amend(terms.kind(), terms.startDate(), terms.plannedEndDate(),
                terms.jobTitle(), terms.tutorName());
        amended.requireNoOverlapWith(contracts.stream()
                .filter(other -> other.learnerId().equals(amended.learnerId())).toList());
        return contracts.save(amended);
    }

    @Override
    public WorkStudyContract breakOff(ContractId id, long version, LocalDate on, BrokenBy by) {
        return contracts.update(id, version, current -> current.breakOff(on, by));
    }

    @Override
    public WorkStudyContract get(ContractId id) {
        return contracts.get(id);
    }
}
