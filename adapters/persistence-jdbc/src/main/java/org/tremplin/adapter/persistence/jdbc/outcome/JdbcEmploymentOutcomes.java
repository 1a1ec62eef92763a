package org.tremplin.adapter.persistence.jdbc.outcome;

import org.tremplin.domain.indicator.FigureCounts;
import java.util.Map;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.indicator.FigureCountSource;
import org.tremplin.adapter.persistence.jdbc.indicator.LearnerSummaries;
import org.tremplin.adapter.persistence.jdbc.indicator.OutcomeLoader;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlListQuery;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.adapter.persistence.jdbc.support.RowTable;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.out.EmploymentOutcomes;
import org.tremplin.application.port.in.OutcomeFilter;
import org.tremplin.application.port.in.OutcomeSortKey;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;

@Singleton
public final class JdbcEmploymentOutcomes extends RowTable<EmploymentOutcome, OutcomeId, OutcomeRow>
        implements EmploymentOutcomes, FigureCountSource, OutcomeLoader {
    /** A learner's follow-ups that count (those with an employer), with the cohort they count in: the learner's. */
    private static final String HIRES_OF_LEARNERS = "SELECT o.id, l.cohort_id FROM employment_outcome o"
            + " JOIN learner l ON l.id = o.learner_id WHERE o.learner_id IN (%s) AND o.employer_partner_id IS NOT NULL";
    private final LearnerSummaries summaries;

    JdbcEmploymentOutcomes(OutcomeRows rows, LearnerSummaries summaries, Sql sql, UnitOfWork unitOfWork, Clock clock) {
        super(rows, sql, unitOfWork, clock, "employment_outcome", "employment-outcome", EmploymentOutcome::id, EmploymentOutcome::version, EmploymentOutcome::withVersion);
        this.summaries = summaries;
    }

    @Override
    public FigureCounts.Section section() {
        return FigureCounts.Section.HIRES;
    }

    @Override
    public Map<String, Map<String, Long>> countsByCohort(List<String> cohortIds) {
        return countGroupedIn("SELECT o.id, l.cohort_id FROM employment_outcome o JOIN learner l ON l.id = o.learner_id"
                + " WHERE l.cohort_id IN (%s) AND o.employer_partner_id IS NOT NULL", cohortIds, FigureCounts::hires);
    }

    @Override
    public Map<String, List<EmploymentOutcome>> outcomesByLearner(List<String> learnerIds) {
        return loadGroupedIn("SELECT id, learner_id FROM employment_outcome WHERE learner_id IN (%s)", learnerIds);
    }

    /** Every follow-up of these learners that counts, by cohort: counts are whole per learner. */
    private Map<String, List<EmploymentOutcome>> hiresByCohort(List<String> learnerIds) {
        return loadGroupedIn(HIRES_OF_LEARNERS, learnerIds);
    }

    @Override
    public Page<EmploymentOutcome> list(OutcomeFilter filter, Sort<OutcomeSortKey> sort, PageRequest page) {
        var query = new SqlListQuery("employment_outcome o", "o.id")
                .whereSchoolIn("JOIN learner l ON l.id = o.learner_id", "l.school_id", filter.schools())
                .whereEquals("o.learner_id", filter.learner().map(LearnerId::value))
                .whereEquals("o.situation", filter.situation())
                .whereBetween("o.observed_on", filter.observedFrom(), filter.observedTo())
                .whereUpdatedSince("o.updated_at", filter.updatedSince());
        switch (sort.key()) {
            case OBSERVED_ON -> query.orderBy("o.observed_on", sort.isAscending());
        }
        return page(query, page);
    }

    @Override
    public List<EmploymentOutcome> ofLearner(LearnerId learner) {
        return select("SELECT id FROM employment_outcome WHERE learner_id = ? ORDER BY observed_on, id", learner.toString());
    }

    @Override
    public void delete(OutcomeId id, long version) {
        write(() -> {
            List<String> learner = sql.query("SELECT learner_id FROM employment_outcome WHERE id = ?",
                    List.of(id.toString()), row -> row.getString(1));
            summaries.rewrite(learner, this::hiresByCohort, FigureCounts::hires, () -> deleteOne(id.toString(), version));
            return null;
        }, id);
    }

    @Override
    protected void insert(List<EmploymentOutcome> outcomes, String updatedAt) {
        summaries.rewrite(outcomes.stream().map(outcome -> outcome.learnerId().toString()).toList(),
                this::hiresByCohort, FigureCounts::hires, () -> super.insert(outcomes, updatedAt));
    }

    @Override
    protected void update(EmploymentOutcome outcome, String updatedAt) {
        summaries.rewrite(List.of(outcome.learnerId().toString()), this::hiresByCohort, FigureCounts::hires,
                () -> super.update(outcome, updatedAt));
    }

    @Override
    protected List<EmploymentOutcome> records(List<OutcomeRow> rows) {
        return rows.stream()
                .map(row -> new EmploymentOutcome(OutcomeId.parse(row.id()), row.version(), LearnerId.parse(row.learnerId()),
                        row.observedOn(), Situation.valueOf(row.situation()), employer(row), Optional.ofNullable(row.jobTitle())))
                .toList();
    }

    private static Optional<Employer> employer(OutcomeRow row) {
        if (row.employerPartnerId() == null && row.employerName() == null) {
            return Optional.empty();
        }
        return Optional.of(new Employer(Optional.ofNullable(row.employerPartnerId()).map(PartnerId::parse),
                Optional.ofNullable(row.employerName())));
    }

    @Override
    protected OutcomeRow row(EmploymentOutcome outcome, String updatedAt) {
        return new OutcomeRow(outcome.id().toString(), outcome.version(), outcome.learnerId().toString(),
                outcome.observedOn(), outcome.situation().name(),
                outcome.employer().flatMap(Employer::partnerId).map(PartnerId::toString).orElse(null),
                outcome.employer().flatMap(Employer::name).orElse(null), outcome.jobTitle().orElse(null), updatedAt);
    }
}
