package org.tremplin.adapter.persistence.jdbc.workstudy;

import org.tremplin.domain.indicator.FigureCounts;
import java.util.Map;
import org.tremplin.adapter.persistence.jdbc.indicator.ContractLoader;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountSource;
import org.tremplin.adapter.persistence.jdbc.indicator.LearnerSummaries;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.port.out.WorkStudyContracts;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractBreak;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

@Singleton
public final class JdbcWorkStudyContracts extends RowTable<WorkStudyContract, ContractId, ContractRow>
        implements WorkStudyContracts, FigureCountSource, ContractLoader {
    /** A learner's contracts, with the cohort they count in: the learner's. */
    private static final String OF_LEARNERS = "SELECT w.id, l.cohort_id FROM work_study_contract w"
            + " JOIN learner l ON l.id = w.learner_id WHERE w.learner_id IN (%s)";
    private final LearnerSummaries summaries;

    JdbcWorkStudyContracts(ContractRows rows, LearnerSummaries summaries, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "work_study_contract", "work-study-contract", WorkStudyContract::id, WorkStudyContract::version, WorkStudyContract::withVersion);
        this.summaries = summaries;
    }

    @Override
    public FigureCounts.Section section() {
        return FigureCounts.Section.CONTRACTS;
    }

    @Override
    public Map<String, Map<String, Long>> countsByCohort(List<String> cohortIds) {
        return countGroupedIn("SELECT w.id, l.cohort_id FROM work_study_contract w JOIN learner l ON l.id = w.learner_id"
                + " WHERE l.cohort_id IN (%s)", cohortIds, FigureCounts::contracts);
    }

    @Override
    public Map<String, List<WorkStudyContract>> contractsByLearner(List<String> learnerIds) {
        return loadGroupedIn("SELECT id, learner_id FROM work_study_contract WHERE learner_id IN (%s)", learnerIds);
    }

    /** Every contract of these learners, by cohort: counts are whole per learner. */
    private Map<String, List<WorkStudyContract>> ofLearnersByCohort(List<String> learnerIds) {
        return loadGroupedIn(OF_LEARNERS, learnerIds);
    }

    @Override
    public Page<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("work_study_contract w", "w.id")
                .whereSchoolIn("JOIN learner l ON l.id = w.learner_id", "l.school_id", filter.schools())
                .whereEquals("w.learner_id", filter.learner().map(LearnerId::value))
                .whereEquals("w.host_id", filter.host().map(PartnerId::value))
                .whereUpdatedSince("w.updated_at", filter.updatedSince());
        filter.broken().ifPresent(broken -> query.where(broken ? "w.broken_on IS NOT NULL" : "w.broken_on IS NULL"));
        switch (sort.key()) {
            case START_DATE -> query.orderBy("w.start_date", sort.isAscending());
            case PLANNED_END_DATE -> query.orderBy("w.planned_end_date", sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    public List<WorkStudyContract> ofLearner(LearnerId learner) {
        return select("SELECT id FROM work_study_contract WHERE learner_id = ? ORDER BY start_date, id", learner.toString());
    }

    @Override
    protected void insert(List<WorkStudyContract> contracts, String updatedAt) {
        summaries.rewrite(contracts.stream().map(contract -> contract.learnerId().toString()).toList(),
                this::ofLearnersByCohort, FigureCounts::contracts, () -> super.insert(contracts, updatedAt));
    }

    @Override
    protected void update(WorkStudyContract contract, String updatedAt) {
        summaries.rewrite(List.of(contract.learnerId().toString()), this::ofLearnersByCohort, FigureCounts::contracts,
                () -> super.update(contract, updatedAt));
    }

    @Override
    protected List<WorkStudyContract> records(List<ContractRow> rows) {
        return rows.stream()
                .map(row -> new WorkStudyContract(ContractId.parse(row.id()), row.version(), LearnerId.parse(row.learnerId()),
                        PartnerId.parse(row.hostId()), ContractKind.valueOf(row.kind()), row.startDate(),
                        row.plannedEndDate(), row.jobTitle(), row.tutorName(), Optional.ofNullable(row.brokenOn())
                                .map(on -> new ContractBreak(on, BrokenBy.valueOf(row.brokenBy())))))
                .toList();
    }

    @Override
    protected ContractRow row(WorkStudyContract contract, String updatedAt) {
        return new ContractRow(contract.id().toString(), contract.version(), contract.learnerId().toString(),
                contract.hostId().toString(), contract.kind().name(), contract.startDate(), contract.plannedEndDate(),
                contract.jobTitle(), contract.tutorName(), contract.breakOff().map(ContractBreak::on).orElse(null),
                contract.breakOff().map(breakOff -> breakOff.by().name()).orElse(null), updatedAt);
    }
}
