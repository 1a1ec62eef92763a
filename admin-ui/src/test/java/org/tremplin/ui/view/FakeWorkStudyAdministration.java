package org.tremplin.ui.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.ContractFilter;
import org.tremplin.application.port.out.ContractSortKey;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** Contracts in a list, listed as the port promises (broken filter, sort then id, pages); read-only. */
final class FakeWorkStudyAdministration implements WorkStudyAdministration {
    private final List<WorkStudyContract> contracts = new ArrayList<>();
    final FakePages pages = new FakePages();
    final List<ContractFilter> filters = new ArrayList<>();

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
        return pages.page(matching, page);
    }

    @Override
    public WorkStudyContract sign(LearnerId learner, PartnerId host, ContractTerms terms) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkStudyContract amend(ContractId id, long version, ContractTerms terms) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkStudyContract breakOff(ContractId id, long version, LocalDate on, BrokenBy by) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WorkStudyContract get(ContractId id) {
        throw new UnsupportedOperationException();
    }
}
