package org.tremplin.adapter.persistence.jdbc.indicator;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.indicator.FigureCounts;
import org.tremplin.domain.indicator.LearnerTimeline;
import org.tremplin.domain.indicator.PartnerShares;
import org.tremplin.domain.partner.PartnerId;

/**
 * Keeps what each learner brings to each partner's report ({@link PartnerShares}) and the sums per
 * partner: the counts in {@code partner_figure_count} (recognised disability in
 * {@code partner_health_count}), the steps in {@code partner_timeline}, folded per partner up to the
 * fold day like the schools' steps. {@link TimelineStore} calls it for the learners it refreshes,
 * inside the same transaction and under the same shared lock on the fold day.
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
@Singleton
final class PartnerShareStore {
    private final Sql sql;

    PartnerShareStore(Sql sql) {
        this.sql = sql;
    }

    /** Replaces these learners' shares ({@code shares} by learner id) and moves the partners' sums by the difference. */
    void replace(List<String> learnerIds, Map<String, PartnerShares> shares, LocalDate foldedThrough) {
        String in = " IN (" + Sql.marks(learnerIds.size()) + ")";
        Map<List<String>, Long> counts = new TreeMap<>(TimelineStore.SCHOOL_THEN_NAME);
        Map<List<String>, Long> folded = new TreeMap<>(TimelineStore.SCHOOL_THEN_NAME);
        for (String table : List.of("partner_figure_share", "partner_health_share")) {
            sql.query("SELECT partner_id, name, SUM(value) FROM " + table + " WHERE learner_id" + in
                    + " GROUP BY partner_id, name", learnerIds,
                    row -> counts.merge(List.of(row.getString(1), row.getString(2)), -row.getLong(3), Long::sum));
            sql.update("DELETE FROM " + table + " WHERE learner_id" + in, learnerIds);
        }
        List<Object> withDay = new ArrayList<>(learnerIds);
        withDay.add(foldedThrough);
        sql.query("SELECT partner_id, name, SUM(value) FROM partner_timeline WHERE learner_id" + in
                + " AND on_date <= ? GROUP BY partner_id, name", withDay,
                row -> folded.merge(List.of(row.getString(1), row.getString(2)), -row.getLong(3), Long::sum));
        sql.update("DELETE FROM partner_timeline WHERE learner_id" + in, learnerIds);

        List<List<Object>> shareRows = new ArrayList<>();
        List<List<Object>> healthRows = new ArrayList<>();
        List<List<Object>> steps = new ArrayList<>();
        shares.forEach((learner, byPartner) -> byPartner.byPartner().forEach((partner, share) -> {
            String partnerId = partner.toString();
            share.counts().forEach((name, value) -> {
                (FigureCounts.isHealthData(name) ? healthRows : shareRows).add(List.of(partnerId, learner, name, value));
                counts.merge(List.of(partnerId, name), value, Long::sum);
            });
            for (LearnerTimeline.Step step : share.timeline().steps()) {
                steps.add(List.of(partnerId, learner, step.name(), step.from(), step.change()));
                if (!step.from().isAfter(foldedThrough)) {
                    folded.merge(List.of(partnerId, step.name()), step.change(), Long::sum);
                }
            }
        }));
        sql.batch("INSERT INTO partner_figure_share (partner_id, learner_id, name, value) VALUES (?, ?, ?, ?)", shareRows);
        sql.batch("INSERT INTO partner_health_share (partner_id, learner_id, name, value) VALUES (?, ?, ?, ?)", healthRows);
        sql.batch("INSERT INTO partner_timeline (partner_id, learner_id, name, on_date, value) VALUES (?, ?, ?, ?, ?)",
                steps);
        List<List<Object>> countChanges = new ArrayList<>();
        List<List<Object>> healthChanges = new ArrayList<>();
        counts.forEach((partnerAndName, change) -> {
            if (change != 0) {
                (FigureCounts.isHealthData(partnerAndName.get(1)) ? healthChanges : countChanges)
                        .add(List.of(partnerAndName.get(0), partnerAndName.get(1), change));
            }
        });
        sql.batch(increment("partner_figure_count"), countChanges);
        sql.batch(increment("partner_health_count"), healthChanges);
        List<List<Object>> foldedChanges = new ArrayList<>();
        folded.forEach((partnerAndName, change) -> {
            if (change != 0) {
                foldedChanges.add(List.of(partnerAndName.get(0), partnerAndName.get(1), change));
            }
        });
        sql.batch(increment("partner_timeline_folded"), foldedChanges);
    }

    /** Adds the steps after the old fold day up to the new one to the partners' folded sums. */
    void fold(LocalDate from, LocalDate through) {
        sql.update("INSERT INTO partner_timeline_folded (partner_id, name, value)"
                + " SELECT t.partner_id, t.name, SUM(t.value) FROM partner_timeline t"
                + " WHERE t.on_date > ? AND t.on_date <= ? GROUP BY t.partner_id, t.name"
                + " ON DUPLICATE KEY UPDATE value = partner_timeline_folded.value + VALUES(value)",
                List.of(from, through));
    }

    /** A partner's counts, by name. */
    Map<String, Long> counts(PartnerId partner) {
        Map<String, Long> counts = new TreeMap<>();
        sql.query("SELECT name, value FROM partner_figure_count WHERE partner_id = ?"
                        + " UNION ALL SELECT name, value FROM partner_health_count WHERE partner_id = ?",
                List.of(partner.toString(), partner.toString()), row -> counts.merge(row.getString(1), row.getLong(2),
                        Long::sum));
        return counts;
    }

    /**
     * A partner's steps up to {@code day}: as of the fold day or later, its folded sums and the steps
     * since; before it, every step up to the day. One statement, which reads the fold day itself, so
     * that a fold committed meanwhile is never counted twice.
     */
    Map<String, Long> steps(PartnerId partner, LocalDate day) {
        Map<String, Long> sums = new TreeMap<>();
        String id = partner.toString();
        sql.query("SELECT s.name, s.value FROM partner_timeline_folded s JOIN timeline_fold f ON f.id = 1"
                        + " AND ? >= f.folded_through WHERE s.partner_id = ?"
                        + " UNION ALL SELECT t.name, SUM(t.value) FROM partner_timeline t JOIN timeline_fold f ON f.id = 1"
                        + " WHERE t.partner_id = ? AND t.on_date > " + TimelineStore.COUNTED_FROM + " AND t.on_date <= ?"
                        + " GROUP BY t.name",
                List.of(day, id, id, day, day), row -> sums.merge(row.getString(1), row.getLong(2), Long::sum));
        return sums;
    }

    private static String increment(String table) {
        return "INSERT INTO " + table + " (partner_id, name, value) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE value = value + VALUES(value)";
    }
}
