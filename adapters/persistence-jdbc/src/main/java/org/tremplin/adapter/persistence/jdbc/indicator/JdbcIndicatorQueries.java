package org.tremplin.adapter.persistence.jdbc.indicator;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.FigureCounts;
import org.tremplin.domain.indicator.FollowUpTally;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.LearnerTimeline;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;

/**
 * The indicators summed where the data lives, in one read-only transaction so that every figure
 * sees the same data. The figures that add up are sums of the counts kept per school or cohort
 * ({@link FigureCountStore}); the figures that depend on the report's day are sums of each learner's
 * steps up to that day ({@link TimelineStore}). Both were worked out by the domain at each write, and
 * the domain turns the sums back into figures: no rule is written here, only which rows to sum. A
 * partner's learners (those it hosted or hired) are no set of cohorts: what each brings to its report
 * is kept per partner ({@link PartnerShareStore}). The contract
 * suite and the generated-data comparison test hold every scope to {@code Indicators.report}.
 *
 * @see "docs/adr/0002-employment-indicators.md"
 * @see "docs/adr/0013-indicator-summaries.md"
 */
@Singleton
public final class JdbcIndicatorQueries implements IndicatorQueries {
    private final Sql sql;
    private final TimelineStore timeline;
    private final FigureCountStore figureCounts;
    private final PartnerShareStore partnerShares;
    private final UnitOfWork unitOfWork;

    JdbcIndicatorQueries(Sql sql, TimelineStore timeline, FigureCountStore figureCounts, PartnerShareStore partnerShares,
                         UnitOfWork unitOfWork) {
        this.sql = sql;
        this.timeline = timeline;
        this.figureCounts = figureCounts;
        this.partnerShares = partnerShares;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public IndicatorReport report(IndicatorScope scope, LocalDate asOf, Optional<LeavingYear> leavingYear) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(leavingYear, "leavingYear");
        ScopeConditions conditions = new ScopeConditions(scope);
        return unitOfWork.read("indicator-report", () -> {
            Map<String, Long> counts;
            Map<String, Long> steps;
            if (scope instanceof IndicatorScope.OfPartner(var partner)) {
                counts = partnerShares.counts(partner);
                steps = partnerShares.steps(partner, dayOf(asOf));
            } else {
                counts = figureCounts.sum(scope);
                steps = timelineSums(conditions, asOf);
            }
            FollowUpTally tally = LearnerTimeline.tallyOf(steps);
            return new IndicatorReport(asOf,
                    leavingYear,
                    FigureCounts.funnelOf(counts),
                    FigureCounts.trainingOf(counts),
                    FigureCounts.contractsOf(counts, LearnerTimeline.withoutContractOf(steps)),
                    tally.followUps(leavingYear),
                    tally.jobsCreated(),
                    FigureCounts.partnersOf(counts),
                    funding(conditions),
                    Map.of(),
                    true);
        });
    }

    /**
     * The steps of the learners in scope up to {@code asOf}, by name ({@link LearnerTimeline}). For
     * whole schools as of the fold day or later: the schools' folded sums and the steps since; before
     * it, every step of the scope up to the day. One statement, which reads the fold day itself, so that
     * a fold committed meanwhile is never counted twice nor missed.
     */
    private Map<String, Long> timelineSums(ScopeConditions conditions, LocalDate asOf) {
        LocalDate day = dayOf(asOf);
        Statement statement = new Statement();
        if (conditions.coversWholeSchools()) {
            statement.sql("SELECT s.name, SUM(s.value) FROM school_timeline_folded s JOIN timeline_fold f ON f.id = 1")
                    .sql(" AND ").value(day).sql(" >= f.folded_through WHERE ").where(conditions.timeline("s"))
                    .sql(" GROUP BY s.name UNION ALL ")
                    .sql("SELECT t.name, SUM(t.value) FROM learner_timeline t JOIN timeline_fold f ON f.id = 1")
                    .sql(" WHERE t.on_date > ").where(Condition.of(TimelineStore.COUNTED_FROM, day))
                    .sql(" AND t.on_date <= ").value(day).sql(" AND ").where(conditions.timeline("t"))
                    .sql(" GROUP BY t.name");
        } else {
            statement.sql("SELECT t.name, SUM(t.value) FROM learner_timeline t WHERE t.on_date <= ").value(day)
                    .sql(" AND ").where(conditions.timeline("t")).sql(" GROUP BY t.name");
        }
        return timeline.sums(statement);
    }

    /** No step is dated before {@link LearnerTimeline#ALWAYS}: an earlier day counts as that one. */
    private static LocalDate dayOf(LocalDate asOf) {
        return asOf.isBefore(LearnerTimeline.ALWAYS) ? LearnerTimeline.ALWAYS : asOf;
    }

    /** Sums by funder, by year and in all, one row each: {@code total_of} says which. */
    private FundingSummary funding(ScopeConditions scope) {
        List<FundingRow> rows = new Statement()
                .sql("SELECT 'FUNDER' AS total_of, f.funder_id, NULL AS year, SUM(f.amount_cents) AS cents")
                .sql(" FROM funding_commitment f WHERE ").where(scope.commitments("f")).sql(" GROUP BY f.funder_id")
                .sql(" UNION ALL SELECT 'YEAR', NULL, f.year, SUM(f.amount_cents)")
                .sql(" FROM funding_commitment f WHERE ").where(scope.commitments("f")).sql(" GROUP BY f.year")
                .sql(" UNION ALL SELECT 'ALL', NULL, NULL, SUM(f.amount_cents)")
                .sql(" FROM funding_commitment f WHERE ").where(scope.commitments("f"))
                .query(sql, row -> new FundingRow(row.getString("total_of"), row.getString("funder_id"),
                        row.getInt("year"), cents(row, "cents")));
        Money total = Money.ZERO;
        Map<PartnerId, Money> byFunder = new HashMap<>();
        Map<Integer, Money> byYear = new HashMap<>();
        for (FundingRow row : rows) {
            switch (row.totalOf()) {
                case "FUNDER" -> byFunder.put(PartnerId.parse(row.funderId()), row.amount());
                case "YEAR" -> byYear.put(row.year(), row.amount());
                default -> total = row.amount();
            }
        }
        return new FundingSummary(total, byFunder, byYear, parity(scope));
    }

    private record FundingRow(String totalOf, String funderId, int year, Money amount) {
    }

    /**
     * What each funder of each parity rule in scope committed, within the rule's school or cohort,
     * counting only the commitments in scope (as the domain does: a partner's report sees its own
     * money only). Ordered by school, the school-wide rule first, then by cohort and identifier.
     */
    private List<ParityStatus> parity(ScopeConditions scope) {
        return new Statement()
                .sql("SELECT r.id, r.version, r.school_id, r.cohort_id, r.first_funder_id, r.second_funder_id,")
                .sql(" SUM(CASE WHEN f.funder_id = r.first_funder_id THEN f.amount_cents ELSE 0 END) AS first_cents,")
                .sql(" SUM(CASE WHEN f.funder_id = r.second_funder_id THEN f.amount_cents ELSE 0 END) AS second_cents")
                .sql(" FROM parity_rule r LEFT JOIN funding_commitment f ON f.school_id = r.school_id")
                .sql(" AND (r.cohort_id IS NULL OR f.cohort_id = r.cohort_id)")
                .sql(" AND f.funder_id IN (r.first_funder_id, r.second_funder_id)")
                .sql(" AND ").where(scope.commitments("f"))
                .sql(" WHERE ").where(scope.parityRules("r"))
                .sql(" GROUP BY r.id, r.version, r.school_id, r.cohort_id, r.first_funder_id, r.second_funder_id")
                .sql(" ORDER BY r.school_id, r.cohort_id IS NOT NULL, r.cohort_id, r.id")
                .query(sql, row -> new ParityStatus(
                        new ParityRule(ParityRuleId.parse(row.getString("id")), row.getLong("version"),
                                SchoolId.parse(row.getString("school_id")),
                                Optional.ofNullable(row.getString("cohort_id")).map(CohortId::parse),
                                PartnerId.parse(row.getString("first_funder_id")),
                                PartnerId.parse(row.getString("second_funder_id"))),
                        cents(row, "first_cents"), cents(row, "second_cents")));
    }

    private static Money cents(ResultSet row, String column) throws SQLException {
        var sum = row.getBigDecimal(column);
        return sum == null ? Money.ZERO : Money.ofCents(sum.longValueExact());
    }
}
