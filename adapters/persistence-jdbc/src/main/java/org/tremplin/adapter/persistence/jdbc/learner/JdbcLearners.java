package org.tremplin.adapter.persistence.jdbc.learner;

import java.util.stream.Collectors;
import org.tremplin.domain.indicator.FigureCounts;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountSource;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountStore;
import org.tremplin.adapter.persistence.jdbc.indicator.LearnerLoader;
import org.tremplin.adapter.persistence.jdbc.indicator.TimelineStore;
import org.tremplin.adapter.persistence.jdbc.person.DisabilityStatuses;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.out.Learners;
import org.tremplin.domain.applicant.ApplicantId;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.learner.DropOut;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.Diploma;
import org.tremplin.domain.person.Gender;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.EmailAddress;

/** Learners, with their disability status apart in {@code learner_disability}, as health data. */
@Singleton
public final class JdbcLearners extends RowTable<Learner, LearnerId, LearnerRow>
        implements Learners, FigureCountSource, LearnerLoader {
    private final TimelineStore timelines;
    private final FigureCountStore figureCounts;
    private final DisabilityStatuses disabilities;

    JdbcLearners(LearnerRows rows, TimelineStore timelines, FigureCountStore figureCounts, Sql sql,
                 UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "learner", "learner", Learner::id, Learner::version, Learner::withVersion);
        this.timelines = timelines;
        this.figureCounts = figureCounts;
        this.disabilities = new DisabilityStatuses(sql, "learner_disability", "learner_id");
    }

    @Override
    public FigureCounts.Section section() {
        return FigureCounts.Section.TRAINING;
    }

    @Override
    public Map<String, Map<String, Long>> countsByCohort(List<String> cohortIds) {
        return countGroupedIn("SELECT id, cohort_id FROM learner WHERE cohort_id IN (%s)", cohortIds, FigureCounts::training);
    }

    @Override
    public List<Learner> learners(List<String> ids) {
        return loadAll(ids);
    }

    private static Map<String, List<Learner>> byCohort(Collection<Learner> learners) {
        return learners.stream().collect(Collectors.groupingBy(learner -> learner.cohortId().toString()));
    }

    @Override
    public Page<Learner> list(LearnerFilter filter, Sort<LearnerSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("learner l", "l.id")
                .whereSchoolIn("l.school_id", filter.schools())
                .whereEquals("l.cohort_id", filter.cohort().map(CohortId::value))
                .whereEquals("l.status", filter.status())
                .whereBetween("l.enrolled_on", filter.enrolledFrom(), filter.enrolledTo())
                .whereText(filter.text(), "l.given_name", "l.family_name", "l.email")
                .whereUpdatedSince("l.updated_at", filter.updatedSince());
        switch (sort.key()) {
            case FAMILY_NAME -> query.orderBy("l.family_name", sort.isAscending());
            case ENROLLED_ON -> query.orderBy("l.enrolled_on", sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    public Optional<Learner> findByEmail(EmailAddress email) {
        return select("SELECT id FROM learner WHERE email = ?", email.value()).stream().findFirst();
    }

    @Override
    protected void insert(List<Learner> learners, String updatedAt) {
        super.insert(learners, updatedAt);
        disabilities.insert(learners, learner -> learner.id().toString(), Learner::disability);
        timelines.refresh(learners.stream().map(learner -> learner.id().toString()).toList());
        figureCounts.record(Map.of(), byCohort(learners), FigureCounts::training);
    }

    @Override
    protected void update(Learner learner, String updatedAt) {
        List<Learner> before = load(List.of(learner.id().toString()));
        super.update(learner, updatedAt);
        disabilities.update(learner.id().toString(), learner.disability());
        timelines.refresh(List.of(learner.id().toString()));
        figureCounts.record(byCohort(before), byCohort(List.of(learner)), FigureCounts::training);
    }

    @Override
    protected List<Learner> records(List<LearnerRow> rows) {
        Map<String, DisabilityStatus> statuses = disabilities.load(rows.stream().map(LearnerRow::id).toList());
        return rows.stream()
                .map(row -> learner(row, statuses.getOrDefault(row.id(), DisabilityStatus.UNDISCLOSED)))
                .toList();
    }

    @Override
    protected LearnerRow row(Learner learner, String updatedAt) {
        InclusionProfile profile = learner.profile();
        return new LearnerRow(learner.id().toString(), learner.version(), learner.schoolId().toString(),
                learner.cohortId().toString(), learner.applicantId().map(ApplicantId::toString).orElse(null),
                learner.name().givenName(), learner.name().familyName(), learner.email().value(),
                profile.gender().name(), profile.dateOfBirth(), profile.jobSeekerSince().orElse(null),
                profile.priorityNeighbourhood(), profile.highestDiploma().name(), learner.enrolledOn(),
                learner.centreStartedOn().orElse(null), learner.workStudyStartedOn().orElse(null),
                learner.graduatedOn().orElse(null), learner.dropOut().map(DropOut::on).orElse(null),
                learner.dropOut().map(dropOut -> dropOut.reason().name()).orElse(null), learner.status().name(),
                learner.leftOn().orElse(null), updatedAt);
    }

    private static Learner learner(LearnerRow row, DisabilityStatus disability) {
        Optional<DropOut> dropOut = Optional.ofNullable(row.droppedOutOn())
                .map(on -> new DropOut(on, DropOutReason.valueOf(row.dropOutReason())));
        return new Learner(LearnerId.parse(row.id()), row.version(), SchoolId.parse(row.schoolId()),
                CohortId.parse(row.cohortId()), Optional.ofNullable(row.applicantId()).map(ApplicantId::parse),
                new PersonName(row.givenName(), row.familyName()), new EmailAddress(row.email()),
                new InclusionProfile(Gender.valueOf(row.gender()), row.dateOfBirth(),
                        Optional.ofNullable(row.jobSeekerSince()), row.priorityNeighbourhood(),
                        Diploma.valueOf(row.highestDiploma())),
                disability, row.enrolledOn(), Optional.ofNullable(row.centreStartedOn()),
                Optional.ofNullable(row.workStudyStartedOn()), Optional.ofNullable(row.graduatedOn()), dropOut);
    }
}
