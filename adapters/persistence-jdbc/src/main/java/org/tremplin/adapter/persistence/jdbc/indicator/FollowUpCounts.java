package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.indicator.FollowUp;
import org.tremplin.domain.indicator.FollowUpHorizon;
import org.tremplin.domain.indicator.FollowUpTally;
import org.tremplin.domain.indicator.LeavingYear;
import org.tremplin.domain.outcome.Situation;

/**
 * The follow-up figures of a report, counted over {@code learner_follow_up} ({@link FollowUpStore}):
 * the rows that stand on the as-of date are counted by the server, grouped by leaving year and
 * situation; the few that do not (a follow-up observed after a past as-of date decided them) are
 * worked out again by the domain from the follow-ups known on that date. Both go into one
 * {@link FollowUpTally}, which makes the figures: no rule is written here, only which rows to count.
 */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
final class FollowUpCounts {
    private static final String LATEST = "latest";

    private final Sql sql;
    private final FollowUpStore store;

    FollowUpCounts(Sql sql, FollowUpStore store) {
        this.sql = sql;
        this.store = store;
    }

    FollowUpTally tally(ScopeConditions scope, LocalDate asOf) {
        FollowUpTally tally = new FollowUpTally();
        countStanding(scope, asOf, tally);
        countStale(scope, asOf, tally);
        return tally;
    }

    /**
     * Per horizon, the leavers due by {@code asOf} whose kept situation stands on it
     * ({@code SituationAtHorizon.standsOn}); then the learners whose kept latest follow-up does.
     */
    private void countStanding(ScopeConditions scope, LocalDate asOf, FollowUpTally tally) {
        Statement statement = new Statement();
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            String snapshotOn = "f." + FollowUpColumns.snapshotOn(horizon);
            String decidedBy = "f." + FollowUpColumns.decidedBy(horizon);
            String situation = "f." + FollowUpColumns.situation(horizon);
            statement.sql("SELECT '" + horizon.name() + "' AS counted, f.leaving_year, " + situation + " AS situation,"
                            + " COUNT(*) AS learners FROM learner_follow_up f WHERE ").where(scope.followUps("f"))
                    .sql(" AND " + snapshotOn + " <= ").value(asOf)
                    .sql(" AND (" + decidedBy + " IS NULL OR " + decidedBy + " <= ").value(asOf).sql(")")
                    .sql(" GROUP BY f.leaving_year, " + situation + " UNION ALL ");
        }
        statement.sql("SELECT '" + LATEST + "', NULL, f.latest_situation, COUNT(*) FROM learner_follow_up f WHERE ")
                .where(scope.followUps("f"))
                .sql(" AND (f.latest_observed_on IS NULL OR f.latest_observed_on <= ").value(asOf).sql(")")
                .sql(" GROUP BY f.latest_situation");
        statement.query(sql, row -> {
            Optional<Situation> situation = Optional.ofNullable(row.getString("situation")).map(Situation::valueOf);
            long learners = row.getLong("learners");
            String counted = row.getString("counted");
            if (counted.equals(LATEST)) {
                tally.countLatest(situation, learners);
            } else {
                tally.count(FollowUpHorizon.valueOf(counted), new LeavingYear(row.getInt("leaving_year")), situation,
                        learners);
            }
            return null;
        });
    }

    /** The learners of which something kept does not stand on {@code asOf}: none as of today unless a follow-up is dated later. */
    private void countStale(ScopeConditions scope, LocalDate asOf, FollowUpTally tally) {
        Statement statement = new Statement().sql("SELECT f.learner_id");
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            String column = "stale_" + horizon.months();
            statement.sql(", (f." + FollowUpColumns.snapshotOn(horizon) + " <= ").value(asOf)
                    .sql(" AND f." + FollowUpColumns.decidedBy(horizon) + " > ").value(asOf).sql(") AS " + column);
        }
        statement.sql(", (f.latest_observed_on > ").value(asOf).sql(") AS stale_latest")
                .sql(" FROM learner_follow_up f WHERE ").where(scope.followUps("f"))
                .sql(" AND (f.latest_observed_on > ").value(asOf);
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            statement.sql(" OR f." + FollowUpColumns.decidedBy(horizon) + " > ").value(asOf);
        }
        statement.sql(")");
        List<Stale> stale = statement.query(sql, FollowUpCounts::stale).stream()
                .filter(Stale::anything).toList();
        if (stale.isEmpty()) {
            return;
        }
        List<FollowUp> known = store.asKnownOn(stale.stream().map(Stale::learnerId).toList(), asOf);
        Map<String, Stale> byLearner = new HashMap<>();
        stale.forEach(s -> byLearner.put(s.learnerId(), s));
        for (FollowUp followUp : known) {
            Stale what = byLearner.get(followUp.learnerId().toString());
            for (FollowUpHorizon horizon : what.horizons()) {
                tally.count(horizon, followUp.leavingYear().orElseThrow(), followUp.at(horizon).situation(), 1);
            }
            if (what.latest()) {
                tally.countLatest(followUp.latestSituation(), 1);
            }
        }
    }

    private static Stale stale(ResultSet row) throws SQLException {
        Set<FollowUpHorizon> horizons = EnumSet.noneOf(FollowUpHorizon.class);
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            if (row.getBoolean("stale_" + horizon.months())) {
                horizons.add(horizon);
            }
        }
        return new Stale(row.getString("learner_id"), horizons, row.getBoolean("stale_latest"));
    }

    /** Which of a learner's kept figures a past report must work out again. */
    private record Stale(String learnerId, Set<FollowUpHorizon> horizons, boolean latest) {
        boolean anything() {
            return latest || !horizons.isEmpty();
        }
    }
}
