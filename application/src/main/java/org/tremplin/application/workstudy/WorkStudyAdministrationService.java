package org.tremplin.application.workstudy;

import org.tremplin.domain.error.ErrorCodes;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.SchoolRecords;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.port.out.Learners;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.out.WorkStudyContracts;
import org.tremplin.domain.error.RuleViolationException;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.WorkStudyContract;

public final class WorkStudyAdministrationService implements WorkStudyAdministration {
    private static final String RECORD = "work-study-contract";
    private final WorkStudyContracts contracts;
    private final VersionedRecords<WorkStudyContract, ContractId> records;
    private final VersionedRecords<Learner, LearnerId> learners;
    private final Partners partners;
    private final UseCaseSupport support;

    public WorkStudyAdministrationService(WorkStudyContracts contracts, Learners learners, Partners partners,
                                          UseCaseSupport support) {
        this.contracts = contracts;
        this.learners = SchoolRecords.learners(support, learners);
        this.records = VersionedRecords.of(support, RECORD, contracts, WorkStudyContract::id,
                        WorkStudyContract::version)
                .ownedBy(contract -> this.learners.find(contract.learnerId()).schoolId());
        this.partners = partners;
        this.support = support;
    }

    @Override
    public WorkStudyContract sign(LearnerId learnerId, PartnerId hostId, ContractTerms terms) {
        Actor actor = support.require(Permission.MANAGE_CONTRACTS);
        return records.add("contract.signed", () -> {
            Learner learner = learners.findInScope(learnerId, actor);
            Partner host = partners.findById(hostId).orElseThrow(() -> new NotFoundException("partner", hostId));
            if (!host.plays(PartnerRole.WORK_STUDY_HOST, learner.schoolId())) {
                throw new RuleViolationException("hostId", ErrorCodes.HOST_NOT_ENGAGED,
                        "the partner is not a work-study host of the learner's school: engage it as a host first");
            }
            WorkStudyContract contract = WorkStudyContract.sign(new ContractId(support.newId()), learnerId, hostId,
                    terms.kind(), terms.startDate(), terms.plannedEndDate(), terms.jobTitle(), terms.tutorName());
            contract.requireNoOverlapWith(contracts.ofLearner(learnerId));
            return contract;
        });
    }

    @Override
    public WorkStudyContract amend(ContractId id, long version, ContractTerms terms) {
        return update(id, version, "contract.amended", contract -> {
            WorkStudyContract amended = contract.amend(terms.kind(), terms.startDate(), terms.plannedEndDate(),
                    terms.jobTitle(), terms.tutorName());
            amended.requireNoOverlapWith(contracts.ofLearner(contract.learnerId()));
            return amended;
        });
    }

    @Override
    public WorkStudyContract breakOff(ContractId id, long version, LocalDate on, BrokenBy by) {
        return update(id, version, "contract.broken", contract -> contract.breakOff(on, by));
    }

    @Override
    public WorkStudyContract get(ContractId id) {
        return records.readInScope(Permission.READ_CONTRACTS, id);
    }

    @Override
    public Page<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort, PageRequest page) {
        return support.readWith(Permission.READ_CONTRACTS, actor -> contracts.list(filter.scopedTo(actor), sort, page));
    }

    private WorkStudyContract update(ContractId id, long version, String action, UnaryOperator<WorkStudyContract> change) {
        return records.changeInScope(Permission.MANAGE_CONTRACTS, action, id, version, change);
    }
}
