package org.tremplin.application.workstudy;

import java.time.LocalDate;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.WorkStudyContract;

/** Inbound port: work-study contracts, which never overlap for one learner, and their early breaks. */
public interface WorkStudyAdministration {
    /** The host must be a work-study host of the learner's school. */
    WorkStudyContract sign(LearnerId learner, PartnerId host, ContractTerms terms);

    WorkStudyContract amend(ContractId id, long version, ContractTerms terms);

    WorkStudyContract breakOff(ContractId id, long version, LocalDate on, BrokenBy by);

    WorkStudyContract get(ContractId id);

    Page<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort, PageRequest page);
}
