package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.SqlErrors;
import org.tremplin.application.port.out.IndicatorQueries;
import org.tremplin.application.port.out.IndicatorScope;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.funding.ParityRuleId;
import org.tremplin.domain.funding.ParityStatus;
import org.tremplin.domain.indicator.ContractIndicators;
import org.tremplin.domain.indicator.FigureCounts;
import org.tremplin.domain.indicator.FollowUpTally;
import org.tremplin.domain.indicator.LearnerTimeline;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.indicator.FundingSummary;
import org.tremplin.domain.indicator.FunnelIndicators;
import org.tremplin.domain.indicator.FunnelStage;
import org.tremplin.domain.indicator.InclusionGroup;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.PartnerContribution;
import org.tremplin.domain.indicator.Rate;
import org.tremplin.domain.indicator.TrainingIndicators;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Money;

/**
 * The indicators summed where the data lives, in one read-only transaction so that every figure
 * sees the same data. For the network, a region, a school or a cohort, the figures that add up are
 * sums of the counts kept per school or cohort ({@link FigureCountStore}); the figures that depend
 * on the report's day are sums of each learner's steps up to that day ({@link TimelineStore}); both were worked out by the domain
 * at each write, so the rules are not restated here. A partner's learners are no set of cohorts: its
 * funnel, training, contracts and contributions are still queried from the records, with the
 * definitions written as SQL ({@link IndicatorSql}); the contract suite and the generated-data
 * comparison test hold them to {@code Indicators.report}.
 *
 * @see "docs/adr/0002-employment-indicators.md"
 * @see "docs/adr/0013-indicator-summaries.md"
 */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
public final class JdbcIndicatorQueries implements IndicatorQueries {

    private final Sql sql;
    private final TimelineStore timeline;
    private final FigureCountStore figureCounts;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    /** The fold day last seen, so that a report asks to move it at most once a day. */
    private volatile LocalDate foldedThrough = LocalDate.MIN;

    JdbcIndicatorQueries(Sql sql, TimelineStore timeline, FigureCountStore figureCounts,
                         TransactionOperations<Connection> transactions, Clock clock) {
        this.sql = sql;
        this.timeline = timeline;
        this.figureCounts = figureCounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public IndicatorReport report(IndicatorScope scope, LocalDate asOf, Optional<LeavingYear> leavingYear) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(leavingYear, "leavingYear");
        ScopeConditions conditions = new ScopeConditions(scope);
        try {
            foldUpToYesterday();
            return transactions.executeRead(status -> {
                Map<String, Long> steps = timelineSums(scope, conditions, asOf);
                FunnelIndicators funnel;
                TrainingIndicators training;
                ContractIndicators contracts;
                List<PartnerContribution> partners;
                if (scope instanceof IndicatorScope.OfPartner) {
                    funnel = funnel(conditions);
                    training = training(conditions);
                    contracts = contracts(conditions, asOf);
                    partners = partners(conditions);
                } else {
                    Map<String, Long> counts = figureCounts.sum(scope);
                    funnel = FigureCounts.funnelOf(counts);
                    training = FigureCounts.trainingOf(counts);
                    contracts = FigureCounts.contractsOf(counts, LearnerTimeline.withoutContractOf(steps));
                    partners = FigureCounts.partnersOf(counts);
                }
                FollowUpTally tally = LearnerTimeline.tallyOf(steps);
                return new IndicatorReport(asOf,
                        leavingYear,
                        funnel,
                        training,
                        contracts,
                        tally.followUps(leavingYear),
                        tally.jobsCreated(),
                        partners,
                        funding(conditions),
                        Map.of(),
                        true);
            });
        } catch (RuntimeException failure) {
            throw SqlErrors.translate(failure, "indicator-report", "");
        }
    }

    /**
     * One row per stage reached: an applicant has one history row per stage reached, each stage at
     * most once since a history never goes back, so joining the history counts people.
     */
    private FunnelIndicators funnel(ScopeConditions scope) {
        // For a school or more, the applicants are read in their key's order, their histories and
        // disabilities with them: through a cohort's index, each would be a read at random
        // (one school: 10.8 s against 2.9 s, ADR 0012). A cohort has a few dozen applicants.
        String applicantTable = scope.coversWholeSchools()
                ? "applicant a IGNORE INDEX (uk_applicant_cohort_email)"
                : "applicant a";
        Statement statement = new Statement()
                .sql("SELECT h.stage, total.applicants, COUNT(*) AS reached")
                .sql(IndicatorSql.groupCounts("a", "d", "a.applied_on"))
                .sql(" FROM " + applicantTable)
                .sql(" JOIN applicant_stage h ON h.applicant_id = a.id AND h.stage IN " + IndicatorSql.FUNNEL_STAGES)
                .sql(" LEFT JOIN applicant_disability d ON d.applicant_id = a.id")
                .sql(" CROSS JOIN (SELECT COUNT(*) AS applicants FROM applicant scoped WHERE ")
                .where(scope.applicants("scoped")).sql(") total")
                .sql(" WHERE ").where(scope.applicants("a"))
                .sql(" GROUP BY h.stage, total.applicants");
        List<StageRow> rows = statement.query(sql, row -> new StageRow(SelectionStage.valueOf(row.getString("stage")),
                row.getLong("applicants"), Population.read(row, "reached")));
        long applicants = rows.isEmpty() ? 0 : rows.getFirst().applicants();
        Map<SelectionStage, Population> reached = new EnumMap<>(SelectionStage.class);
        rows.forEach(row -> reached.put(row.stage(), row.reached()));
        // The domain's order: the enum's, whatever the order of SelectionStage.FUNNEL.
        List<FunnelStage> stages = Arrays.stream(SelectionStage.values())
                .filter(SelectionStage.FUNNEL::contains)
                .map(stage -> {
                    Population population = reached.getOrDefault(stage, Population.NONE);
                    return new FunnelStage(stage, population.size(), new Rate(population.size(), applicants),
                            population.diversity());
                })
                .toList();
        return new FunnelIndicators(stages);
    }

    private record StageRow(SelectionStage stage, long applicants, Population reached) {
    }

    private TrainingIndicators training(ScopeConditions scope) {
        var statement = new Statement().sql("SELECT COUNT(*) AS enrolled");
        for (LearnerStatus status : LearnerStatus.values()) {
            statement.sql(", SUM(CASE WHEN l.status = " + IndicatorSql.code(status) + " THEN 1 ELSE 0 END) AS "
                    + statusColumn(status));
        }
        statement.sql(IndicatorSql.groupCounts("l", "d", "l.enrolled_on"))
                .sql(" FROM learner l LEFT JOIN learner_disability d ON d.learner_id = l.id")
                .sql(" WHERE ").where(scope.learners("l"));
        return statement.query(sql, row -> {
            Population learners = Population.read(row, "enrolled");
            long graduated = row.getLong(statusColumn(LearnerStatus.GRADUATED));
            long droppedOut = row.getLong(statusColumn(LearnerStatus.DROPPED_OUT));
            return new TrainingIndicators(learners.size(),
                    row.getLong(statusColumn(LearnerStatus.IN_CENTRE)),
                    row.getLong(statusColumn(LearnerStatus.IN_WORK_STUDY)),
                    graduated,
                    droppedOut,
                    new Rate(graduated, graduated + droppedOut),
                    new Rate(droppedOut, learners.size()),
                    learners.diversity());
        }).getFirst();
    }

    /**
     * The contracts in scope and their breaks, and the learners in scope in their work-study phase
     * with none of the contracts in scope running on {@code asOf} (for a partner: none it hosts).
     */
    /**
     * The steps of the learners in scope up to {@code asOf}, by name ({@link LearnerTimeline}). For
     * whole schools as of a day on or after the fold day: the schools' folded sums and the steps
     * since; otherwise every step of the scope up to the day.
     */
    private Map<String, Long> timelineSums(IndicatorScope scope, ScopeConditions conditions, LocalDate asOf) {
        LocalDate day = asOf.isBefore(LearnerTimeline.ALWAYS) ? LearnerTimeline.ALWAYS : asOf;
        LocalDate folded = timeline.foldedThrough();
        Statement statement = new Statement();
        if (conditions.coversWholeSchools() && !day.isBefore(folded)) {
            statement.sql("SELECT s.name, SUM(s.value) FROM school_timeline_folded s WHERE ")
                    .where(conditions.timeline("s")).sql(" GROUP BY s.name UNION ALL ")
                    .sql("SELECT t.name, SUM(t.value) FROM learner_timeline t WHERE t.on_date > ").value(folded)
                    .sql(" AND t.on_date <= ").value(day).sql(" AND ").where(conditions.timeline("t"))
                    .sql(" GROUP BY t.name");
        } else {
            statement.sql("SELECT t.name, SUM(t.value) FROM learner_timeline t WHERE t.on_date <= ").value(day)
                    .sql(" AND ").where(conditions.timeline("t")).sql(" GROUP BY t.name");
        }
        return timeline.sums(statement);
    }

    /** Moves the fold day to yesterday when it is older, in a transaction of its own. */
    private void foldUpToYesterday() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        if (!foldedThrough.isBefore(yesterday)) {
            return;
        }
        transactions.executeWrite(status -> {
            timeline.fold(yesterday);
            return null;
        });
        foldedThrough = yesterday;
    }

    private ContractIndicators contracts(ScopeConditions scope, LocalDate asOf) {
        return new Statement()
                .sql("SELECT COUNT(*) AS contracts,")
                .sql(" SUM(CASE WHEN w.broken_on IS NOT NULL THEN 1 ELSE 0 END) AS broken,")
                .sql(" (SELECT COUNT(*) FROM learner l")
                .sql(" WHERE l.status = " + IndicatorSql.code(LearnerStatus.IN_WORK_STUDY))
                .sql(" AND ").where(scope.learners("l"))
                .sql(" AND NOT EXISTS (SELECT 1 FROM work_study_contract running WHERE running.learner_id = l.id")
                .sql(" AND running.start_date <= ").value(asOf)
                .sql(" AND COALESCE(running.broken_on, running.planned_end_date) >= ").value(asOf)
                .sql(" AND ").where(scope.contractsOfLearnerInScope("running")).sql(")) AS without_contract")
                .sql(" FROM work_study_contract w WHERE ").where(scope.contracts("w"))
                .query(sql, row -> {
                    long contracts = row.getLong("contracts");
                    long broken = row.getLong("broken");
                    return new ContractIndicators(contracts, broken, new Rate(broken, contracts),
                            row.getLong("without_contract"));
                })
                .getFirst();
    }

    /**
     * Learners hosted and learners hired per partner, biggest contributors first, then by identifier.
     * For a school or more, the hires are read from {@code ix_outcome_employer_situation} alone, the
     * learners in scope checked by key: the server would otherwise go through each learner's
     * outcomes in {@code ix_outcome_learner_situation} and read every row for its employer (one
     * school: 9 s against 1.7 s, ADR 0012). A cohort has too few learners for that to matter.
     */
    private List<PartnerContribution> partners(ScopeConditions scope) {
        String outcomes = scope.coversWholeSchools()
                ? "employment_outcome o IGNORE INDEX (ix_outcome_learner_situation)"
                : "employment_outcome o";
        return new Statement()
                .sql("SELECT x.partner_id,")
                .sql(" COUNT(DISTINCT CASE WHEN x.hosted = 1 THEN x.learner_id END) AS apprentices_hosted,")
                .sql(" COUNT(DISTINCT CASE WHEN x.hosted = 0 THEN x.learner_id END) AS hires")
                .sql(" FROM (SELECT w.host_id AS partner_id, w.learner_id, 1 AS hosted FROM work_study_contract w")
                .sql(" WHERE ").where(scope.contracts("w"))
                .sql(" UNION ALL SELECT o.employer_partner_id, o.learner_id, 0 FROM " + outcomes)
                .sql(" WHERE o.employer_partner_id IS NOT NULL AND o.situation IN " + IndicatorSql.WITH_EMPLOYER)
                .sql(" AND ").where(scope.outcomes("o")).sql(") x")
                .sql(" GROUP BY x.partner_id")
                .sql(" ORDER BY apprentices_hosted DESC, hires DESC, x.partner_id")
                .query(sql, row -> new PartnerContribution(PartnerId.parse(row.getString("partner_id")),
                        row.getLong("apprentices_hosted"), row.getLong("hires")));
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

    private static String statusColumn(LearnerStatus status) {
        return "status_" + status.name().toLowerCase(Locale.ROOT);
    }

    /** A counted population and how many of it belong to each inclusion group. */
    private record Population(long size, Map<InclusionGroup, Long> members) {
        static final Population NONE = new Population(0, Map.of());

        static Population read(ResultSet row, String sizeColumn) throws SQLException {
            Map<InclusionGroup, Long> members = new EnumMap<>(InclusionGroup.class);
            for (InclusionGroup group : InclusionGroup.values()) {
                members.put(group, row.getLong(IndicatorSql.column(group)));
            }
            return new Population(row.getLong(sizeColumn), members);
        }

        Map<InclusionGroup, Rate> diversity() {
            Map<InclusionGroup, Rate> shares = new EnumMap<>(InclusionGroup.class);
            for (InclusionGroup group : InclusionGroup.values()) {
                shares.put(group, new Rate(members.getOrDefault(group, 0L), size));
            }
            return shares;
        }
    }
}
