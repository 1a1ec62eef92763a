package org.tremplin.application.port.out;

import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import java.util.List;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** Apprenticeship and professionalisation contracts. */
public interface WorkStudyContracts extends Repository<WorkStudyContract, ContractId> {
    Page<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort, PageRequest page);

    /** All of a learner's contracts, earliest start first. */
    List<WorkStudyContract> ofLearner(LearnerId learner);
}
