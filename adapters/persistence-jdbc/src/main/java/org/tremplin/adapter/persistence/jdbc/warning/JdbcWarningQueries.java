package org.tremplin.adapter.persistence.jdbc.warning;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.port.in.EarlyWarning;
import org.tremplin.application.port.in.WarningFilter;
import org.tremplin.application.port.in.WarningKind;
import org.tremplin.application.port.out.WarningQueries;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.indicator.FollowUp;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.school.SchoolId;

/**
 * The early warnings selected, counted and paged in SQL: one {@code SELECT} per kind, restating the
 * definitions of {@link WarningQueries}, joined by {@code UNION ALL}; a page reads its rows with the
 * total beside them ({@code COUNT(*) OVER ()}), whatever the size of the network. The existing
 * indexes serve them: learners by {@code left_on}, contracts by {@code (learner_id, start_date)},
 * follow-ups by {@code (learner_id, observed_on)}. The contract suite holds the SQL to the in-memory
 * adapter's Java.
 *
 * @see "docs/adr/0010-early-warnings.md"
 */
@Singleton
public final class JdbcWarningQueries implements WarningQueries {
    private static final String COLUMNS =
            "l.id, l.given_name, l.family_name, l.school_id, l.cohort_id, ";
    private static final String IN_WORK_STUDY =
            " AND l.work_study_started_on <= ? AND (l.left_on IS NULL OR l.left_on > ?)";
    private static final String CONTRACT_END = "COALESCE(%s.broken_on, %s.planned_end_date)";
    /** A contract of the same learner starting later than the contract aliased {@code %1$s}: it replaced it. */
    private static final String LATER_CONTRACT =
            "SELECT 1 FROM work_study_contract n WHERE n.learner_id = %1$s.learner_id AND n.start_date > %1$s.start_date";
    private static final String RECORD_TYPE = "early-warning";
    private static final int WINDOW = FollowUp.OBSERVATION_WINDOW_MONTHS;

    private final Sql sql;
    private final UnitOfWork unitOfWork;

    JdbcWarningQueries(Sql sql, UnitOfWork unitOfWork) {
        this.sql = sql;
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Page<EarlyWarning> list(WarningFilter filter, LocalDate asOf, PageRequest page) {
        Objects.requireNonNull(asOf, "asOf");
        List<WarningKind> kinds = filter.kind().map(List::of).orElse(List.of(WarningKind.values()));
        return unitOfWork.read(RECORD_TYPE, () -> {
            Selection all = union(filter, kinds, asOf);
            List<Object> parameters = new ArrayList<>(all.parameters);
            parameters.add(page.size());
            parameters.add(page.offset());
            List<Counted> rows = sql.query("SELECT w.*, COUNT(*) OVER () AS total FROM (" + all.sql + ") w"
                    + " ORDER BY w.kind_rank, w.warning_on, w.id LIMIT ? OFFSET ?", parameters,
                    row -> new Counted(warning(row), row.getLong("total")));
            // Past the last row there is no row to carry the total: only then count apart.
            long total = !rows.isEmpty() ? rows.getFirst().total()
                    : page.offset() == 0 ? 0 : counts(all).values().stream().mapToLong(Long::longValue).sum();
            return new Page<>(rows.stream().map(Counted::warning).toList(), total, page);
        });
    }

    @Override
    public Map<WarningKind, Long> countByKind(WarningFilter filter, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return unitOfWork.read(RECORD_TYPE, () -> counts(union(filter, List.of(WarningKind.values()), asOf)));
    }

    private Map<WarningKind, Long> counts(Selection all) {
        Map<WarningKind, Long> counts = new EnumMap<>(WarningKind.class);
        for (WarningKind kind : WarningKind.values()) {
            counts.put(kind, 0L);
        }
        sql.query("SELECT w.kind_rank, COUNT(*) FROM (" + all.sql + ") w GROUP BY w.kind_rank", all.parameters,
                        row -> Map.entry(WarningKind.values()[row.getInt(1)], row.getLong(2)))
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        return counts;
    }

    private static Selection union(WarningFilter filter, List<WarningKind> kinds, LocalDate asOf) {
        Selection union = new Selection();
        for (WarningKind kind : kinds) {
            if (!union.sql.isEmpty()) {
                union.sql.append(" UNION ALL ");
            }
            union.sql.append("SELECT ").append(kind.ordinal()).append(" AS kind_rank, ").append(COLUMNS);
            switch (kind) {
                case BROKEN_CONTRACT_NOT_REPLACED -> brokenNotReplaced(union, asOf);
                case WORK_STUDY_WITHOUT_CONTRACT -> withoutContract(union, asOf);
                case OUTCOME_OVERDUE_6_MONTHS, OUTCOME_OVERDUE_12_MONTHS ->
                        followUpOverdue(union, WarningQueries.followUpMonths(kind), asOf);
            }
            schools(union, filter);
        }
        return union;
    }

    /** The latest contract (none starts after it) broken at least {@link #REPLACEMENT_DAYS} days ago. */
    private static void brokenNotReplaced(Selection select, LocalDate asOf) {
        select.sql.append("c.broken_on AS warning_on")
                .append(" FROM learner l JOIN work_study_contract c ON c.learner_id = l.id")
                .append(" WHERE c.broken_on <= ?").append(IN_WORK_STUDY)
                .append(" AND NOT EXISTS (").append(LATER_CONTRACT.formatted("c")).append(")");
        select.parameters.addAll(List.of(asOf.minusDays(REPLACEMENT_DAYS), asOf, asOf));
    }

    /**
     * No contract covers the day, and the learner is not the previous kind's; dated the start of
     * work-study or the day after the last contract ended, whichever is later.
     */
    private static void withoutContract(Selection select, LocalDate asOf) {
        String endOfP = CONTRACT_END.formatted("p", "p");
        select.sql.append("GREATEST(l.work_study_started_on, COALESCE((SELECT DATE_ADD(MAX(").append(endOfP)
                .append("), INTERVAL 1 DAY) FROM work_study_contract p WHERE p.learner_id = l.id AND ").append(endOfP)
                .append(" < ?), l.work_study_started_on)) AS warning_on")
                .append(" FROM learner l WHERE 1 = 1").append(IN_WORK_STUDY)
                .append(" AND NOT EXISTS (SELECT 1 FROM work_study_contract a WHERE a.learner_id = l.id")
                .append(" AND a.start_date <= ? AND ").append(CONTRACT_END.formatted("a", "a")).append(" >= ?)")
                .append(" AND NOT EXISTS (SELECT 1 FROM work_study_contract b WHERE b.learner_id = l.id")
                .append(" AND b.broken_on <= ? AND NOT EXISTS (").append(LATER_CONTRACT.formatted("b")).append("))");
        select.parameters.addAll(List.of(asOf, asOf, asOf, asOf, asOf, asOf.minusDays(REPLACEMENT_DAYS)));
    }

    /**
     * Due on left_on + {@code months}, overdue from the next day until the observation window
     * closes, while no follow-up observed so far falls in the window. The first two conditions
     * bound left_on loosely (a window closes at most {@code months} + 3 months after leaving) so
     * that the index on it serves; the exact conditions follow.
     */
    private static void followUpOverdue(Selection select, int months, LocalDate asOf) {
        String due = "DATE_ADD(l.left_on, INTERVAL " + months + " MONTH)";
        String opens = "DATE_SUB(" + due + ", INTERVAL " + WINDOW + " MONTH)";
        String closes = "DATE_ADD(" + due + ", INTERVAL " + WINDOW + " MONTH)";
        select.sql.append(due).append(" AS warning_on FROM learner l")
                .append(" WHERE l.left_on >= ? AND l.left_on < ?")
                .append(" AND ").append(due).append(" < ? AND ").append(closes).append(" >= ?")
                .append(" AND NOT EXISTS (SELECT 1 FROM employment_outcome o WHERE o.learner_id = l.id")
                .append(" AND o.observed_on <= ? AND o.observed_on >= ").append(opens)
                .append(" AND o.observed_on <= ").append(closes).append(")");
        select.parameters.addAll(List.of(asOf.minusMonths(months + WINDOW + 1L), asOf, asOf, asOf, asOf));
    }

    private static void schools(Selection select, WarningFilter filter) {
        filter.schools().ifPresent(schools -> {
            if (schools.isEmpty()) {
                select.sql.append(" AND 1 = 0");
            } else {
                select.sql.append(" AND l.school_id IN (").append(Sql.marks(schools.size())).append(")");
                schools.forEach(school -> select.parameters.add(school.value()));
            }
        });
    }

    private static EarlyWarning warning(ResultSet row) throws SQLException {
        return new EarlyWarning(WarningKind.values()[row.getInt("kind_rank")],
                new LearnerId(UUID.fromString(row.getString("id"))),
                new PersonName(row.getString("given_name"), row.getString("family_name")),
                new SchoolId(UUID.fromString(row.getString("school_id"))),
                new CohortId(UUID.fromString(row.getString("cohort_id"))),
                Sql.date(row, "warning_on"));
    }

    /** A row of a page, with the number of rows of every page. */
    private record Counted(EarlyWarning warning, long total) {
    }

    /** A statement being written, with its values in the order of their placeholders. */
    private static final class Selection {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();
    }
}
