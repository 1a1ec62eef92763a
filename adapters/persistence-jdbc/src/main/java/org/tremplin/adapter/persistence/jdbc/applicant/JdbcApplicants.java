package org.tremplin.adapter.persistence.jdbc.applicant;

import java.util.stream.Collectors;
import org.tremplin.domain.indicator.FigureCounts;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountSource;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountStore;
import org.tremplin.adapter.persistence.jdbc.person.DisabilityStatuses;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.ApplicantFilter;
import org.tremplin.application.port.in.ApplicantSortKey;
import org.tremplin.application.port.out.Applicants;
import org.tremplin.domain.applicant.Applicant;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.applicant.StageChange;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;

/**
 * Applicants in three tables: the person and their current stage, the stages reached in order,
 * and the disability status apart, as health data.
 */
@Singleton
public final class JdbcApplicants extends RowTable<Applicant, ApplicantId, ApplicantRow> implements Applicants, FigureCountSource {
    private static final String INSERT_STAGE =
            "INSERT INTO applicant_stage (applicant_id, position, stage, changed_on) VALUES (?, ?, ?, ?)";
    private final FigureCountStore figureCounts;
    private final DisabilityStatuses disabilities;

    JdbcApplicants(ApplicantRows rows, FigureCountStore figureCounts, Sql sql,
                   UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "applicant", "applicant", Applicant::id, Applicant::version, Applicant::withVersion);
        this.figureCounts = figureCounts;
        this.disabilities = new DisabilityStatuses(sql, "applicant_disability", "applicant_id");
    }

    @Override
    public FigureCounts.Section section() {
        return FigureCounts.Section.FUNNEL;
    }

    @Override
    public Map<String, Map<String, Long>> countsByCohort(List<String> cohortIds) {
        return countGroupedIn("SELECT id, cohort_id FROM applicant WHERE cohort_id IN (%s)", cohortIds, FigureCounts::funnel);
    }

    private static Map<String, List<Applicant>> byCohort(Collection<Applicant> applicants) {
        return applicants.stream().collect(Collectors.groupingBy(applicant -> applicant.cohortId().toString()));
    }

    @Override
    public Page<Applicant> list(ApplicantFilter filter, Sort<ApplicantSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("applicant a", "a.id")
                .whereSchoolIn("JOIN cohort c ON c.id = a.cohort_id", "c.school_id", filter.schools())
                .whereEquals("a.cohort_id", filter.cohort().map(CohortId::value))
                .whereEquals("a.stage", filter.stage())
                .whereBetween("a.applied_on", filter.appliedFrom(), filter.appliedTo())
                .whereText(filter.text(), "a.given_name", "a.family_name", "a.email")
                .whereUpdatedSince("a.updated_at", filter.updatedSince());
        switch (sort.key()) {
            case APPLIED_ON -> query.orderBy("a.applied_on", sort.isAscending());
            case FAMILY_NAME -> query.orderBy("a.family_name", sort.isAscending());
            case STAGE -> query.orderByCode("a.stage", SelectionStage.class, sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    protected void insert(List<Applicant> applicants, String updatedAt) {
        super.insert(applicants, updatedAt);
        sql.batch(INSERT_STAGE, applicants.stream().flatMap(applicant -> stageRows(applicant).stream()).toList());
        disabilities.insert(applicants, applicant -> applicant.id().toString(), Applicant::disability);
        figureCounts.record(Map.of(), byCohort(applicants), FigureCounts::funnel);
    }

    @Override
    protected void update(Applicant applicant, String updatedAt) {
        String id = applicant.id().toString();
        List<Applicant> before = load(List.of(id));
        super.update(applicant, updatedAt);
        sql.update("DELETE FROM applicant_stage WHERE applicant_id = ?", List.of(id));
        sql.batch(INSERT_STAGE, stageRows(applicant));
        disabilities.update(id, applicant.disability());
        figureCounts.record(byCohort(before), byCohort(List.of(applicant)), FigureCounts::funnel);
    }

    @Override
    protected List<Applicant> records(List<ApplicantRow> rows) {
        List<String> ids = rows.stream().map(ApplicantRow::id).toList();
        Map<String, List<StageChange>> histories = new HashMap<>();
        sql.query("SELECT applicant_id, stage, changed_on FROM applicant_stage WHERE applicant_id IN ("
                + Sql.marks(ids.size()) + ") ORDER BY applicant_id, position", ids, row -> histories
                .computeIfAbsent(row.getString("applicant_id"), id -> new ArrayList<>())
                .add(new StageChange(SelectionStage.valueOf(row.getString("stage")), Sql.date(row, "changed_on"))));
        Map<String, DisabilityStatus> statuses = disabilities.load(ids);
        return rows.stream()
                .map(row -> new Applicant(ApplicantId.parse(row.id()), row.version(), CohortId.parse(row.cohortId()),
                        new PersonName(row.givenName(), row.familyName()), new EmailAddress(row.email()),
                        new InclusionProfile(Gender.valueOf(row.gender()), row.dateOfBirth(),
                                Optional.ofNullable(row.jobSeekerSince()), row.priorityNeighbourhood(),
                                Diploma.valueOf(row.highestDiploma())),
                        statuses.getOrDefault(row.id(), DisabilityStatus.UNDISCLOSED), histories.get(row.id())))
                .toList();
    }

    @Override
    protected ApplicantRow row(Applicant applicant, String updatedAt) {
        InclusionProfile profile = applicant.profile();
        return new ApplicantRow(applicant.id().toString(), applicant.version(), applicant.cohortId().toString(),
                applicant.name().givenName(), applicant.name().familyName(), applicant.email().value(),
                profile.gender().name(), profile.dateOfBirth(), profile.jobSeekerSince().orElse(null),
                profile.priorityNeighbourhood(), profile.highestDiploma().name(), applicant.appliedOn(),
                applicant.stage().name(), updatedAt);
    }

    private static List<List<Object>> stageRows(Applicant applicant) {
        List<List<Object>> result = new ArrayList<>();
        for (int position = 0; position < applicant.history().size(); position++) {
            StageChange change = applicant.history().get(position);
            result.add(List.of(applicant.id().toString(), position, change.stage().name(), change.on()));
        }
        return result;
    }
}
