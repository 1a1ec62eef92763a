package org.tremplin.adapter.persistence.jdbc.workstudy;

import org.tremplin.domain.indicator.FigureCounts;
import java.util.Map;
import org.tremplin.adapter.persistence.jdbc.indicator.ContractLoader;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountSource;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountStore;
import org.tremplin.adapter.persistence.jdbc.indicator.TimelineStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.VersionedTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ContractFilter;
import org.tremplin.application.port.in.ContractSortKey;
import org.tremplin.application.port.out.WorkStudyContracts;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.ContractBreak;
import org.tremplin.domain.workstudy.ContractId;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;

@Singleton
public final class JdbcWorkStudyContracts extends VersionedTable<WorkStudyContract, ContractId>
        implements WorkStudyContracts, FigureCountSource, ContractLoader {
    /** A learner's contracts, with the cohort they count in: the learner's. */
    private static final String OF_LEARNERS = "SELECT w.id, l.cohort_id FROM work_study_contract w"
            + " JOIN learner l ON l.id = w.learner_id WHERE w.learner_id IN (%s)";
    private final ContractRows rows;
    private final FigureCountStore figureCounts;
    private final TimelineStore timelines;

    JdbcWorkStudyContracts(ContractRows rows, FigureCountStore figureCounts, TimelineStore timelines, Sql sql,
                           UnitOfWork unitOfWork, Clock clock) {
        super(sql, unitOfWork, clock, "work_study_contract", "work-study-contract", WorkStudyContract::id, WorkStudyContract::version, WorkStudyContract::withVersion);
        this.rows = rows;
        this.figureCounts = figureCounts;
        this.timelines = timelines;
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

    /**
     * One writer at a time about a learner: what a write changes in the summaries is worked out from
     * the learner's contracts before and after it, which another writer must not change meanwhile.
     */
    private void lockLearnersOf(Collection<WorkStudyContract> contracts) {
        sql.lockRows("learner", contracts.stream().map(contract -> contract.learnerId().toString()).toList());
    }

    /** Every contract of these learners, by cohort: counts are whole per learner. */
    private Map<String, List<WorkStudyContract>> ofLearnersByCohort(Collection<WorkStudyContract> touched) {
        return loadGroupedIn(OF_LEARNERS,
                touched.stream().map(contract -> contract.learnerId().toString()).distinct().toList());
    }

    @Override
    public Page<WorkStudyContract> list(ContractFilter filter, Sort<ContractSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("work_study_contract w", "w.id");
        if (filter.schools().isPresent()) {
            query.join("JOIN learner l ON l.id = w.learner_id")
                    .whereIn("l.school_id", filter.schools().map(ids -> ids.stream().map(SchoolId::value).toList()));
        }
        query.whereEquals("w.learner_id", filter.learner().map(LearnerId::value))
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
        return read(() -> {
            List<String> ids = sql.query("SELECT id FROM work_study_contract WHERE learner_id = ? ORDER BY start_date, id",
                    List.of(learner.toString()), row -> row.getString(1));
            return inOrder(ids, load(ids));
        });
    }

    @Override
    protected void insert(List<WorkStudyContract> contracts, String updatedAt) {
        lockLearnersOf(contracts);
        var before = ofLearnersByCohort(contracts);
        rows.saveAll(contracts.stream().map(contract -> row(contract, updatedAt)).toList());
        figureCounts.record(before, ofLearnersByCohort(contracts), FigureCounts::contracts);
        timelines.refresh(contracts.stream().map(contract -> contract.learnerId().toString()).toList());
    }

    @Override
    protected void update(WorkStudyContract contract, String updatedAt) {
        lockLearnersOf(List.of(contract));
        var before = ofLearnersByCohort(List.of(contract));
        rows.update(row(contract, updatedAt));
        figureCounts.record(before, ofLearnersByCohort(List.of(contract)), FigureCounts::contracts);
        timelines.refresh(List.of(contract.learnerId().toString()));
    }

    @Override
    protected List<WorkStudyContract> load(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return rows.findByIdIn(ids).stream()
                .map(row -> new WorkStudyContract(ContractId.parse(row.id()), row.version(), LearnerId.parse(row.learnerId()),
                        PartnerId.parse(row.hostId()), ContractKind.valueOf(row.kind()), row.startDate(),
                        row.plannedEndDate(), row.jobTitle(), row.tutorName(), Optional.ofNullable(row.brokenOn())
                                .map(on -> new ContractBreak(on, BrokenBy.valueOf(row.brokenBy())))))
                .toList();
    }

    private static ContractRow row(WorkStudyContract contract, String updatedAt) {
        return new ContractRow(contract.id().toString(), contract.version(), contract.learnerId().toString(),
                contract.hostId().toString(), contract.kind().name(), contract.startDate(), contract.plannedEndDate(),
                contract.jobTitle(), contract.tutorName(), contract.breakOff().map(ContractBreak::on).orElse(null),
                contract.breakOff().map(breakOff -> breakOff.by().name()).orElse(null), updatedAt);
    }
}
