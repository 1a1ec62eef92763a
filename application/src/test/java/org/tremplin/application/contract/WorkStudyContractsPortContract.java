package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.WorkStudyContract;

public abstract class WorkStudyContractsPortContract extends RepositoryPortContract<WorkStudyContract, ContractId> {
    protected WorkStudyContractsPortContract() {
        super(WorkStudyContract::id, WorkStudyContract::version, WorkStudyContract::withVersion);
    }

    private static final LocalDate START = LocalDate.of(2022, 5, 2);

    @Override
    protected Repository<WorkStudyContract, ContractId> repository() {
        return ports.contracts();
    }

    @Override
    protected WorkStudyContract newRecord() {
        return data.contract(data.savedLearner(data.savedCohort()), data.savedPartner(), START, START.plusMonths(12));
    }

    @Override
    protected WorkStudyContract changed(WorkStudyContract contract) {
        return contract.breakOff(contract.startDate().plusMonths(2), BrokenBy.MUTUAL_AGREEMENT);
    }

    @Override
    protected Optional<List<WorkStudyContract>> listUpdatedSince(Instant since) {
        var filter = new ContractFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(since));
        var sort = Sort.ascending(ContractSortKey.START_DATE);
        return Optional.of(ports.contracts().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void gives_a_learner_their_contracts_in_order_and_keeps_the_break() {
        Learner learner = data.savedLearner(data.savedCohort());
        Partner host = data.savedPartner();
        WorkStudyContract later = ports.contracts().save(data.contract(learner, host, START.plusMonths(3), START.plusMonths(12)));
        WorkStudyContract broken = ports.contracts().save(data.contract(learner, host, START, START.plusMonths(12))
                .breakOff(START.plusMonths(2), BrokenBy.EMPLOYER));
        ports.contracts().save(newRecord());

        assertThat(ports.contracts().ofLearner(learner.id())).containsExactly(broken, later);
        assertThat(ports.contracts().findById(broken.id()).orElseThrow().breakOff())
                .contains(broken.breakOff().orElseThrow());
    }

    @Test
    void lists_by_school_learner_host_and_break() {
        Cohort castelnau = data.savedCohort();
        Cohort lille = data.savedCohort();
        Learner ana = data.savedLearner(castelnau);
        Learner bob = data.savedLearner(lille);
        Partner host = data.savedPartner();
        WorkStudyContract anaContract = ports.contracts().save(data.contract(ana, host, START, START.plusMonths(12))
                .breakOff(START.plusMonths(1), BrokenBy.APPRENTICE));
        WorkStudyContract bobContract = ports.contracts().save(data.contract(bob, data.savedPartner(), START.plusDays(1),
                START.plusMonths(12)));
        var byStart = Sort.ascending(ContractSortKey.START_DATE);

        assertThat(list(new ContractFilter(Optional.of(Set.of(castelnau.schoolId())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), byStart)).containsExactly(anaContract);
        assertThat(list(new ContractFilter(Optional.empty(), Optional.of(bob.id()), Optional.empty(), Optional.empty(), Optional.empty()),
                byStart)).containsExactly(bobContract);
        assertThat(list(new ContractFilter(Optional.empty(), Optional.empty(), Optional.of(host.id()), Optional.empty(), Optional.empty()),
                byStart)).containsExactly(anaContract);
        assertThat(list(new ContractFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false), Optional.empty()),
                byStart)).containsExactly(bobContract);
        assertThat(list(ContractFilter.all(), Sort.descending(ContractSortKey.START_DATE)))
                .containsExactly(bobContract, anaContract);
    }

    private List<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort) {
        return ports.contracts().list(filter, sort, PageRequest.first(20)).items();
    }
}
