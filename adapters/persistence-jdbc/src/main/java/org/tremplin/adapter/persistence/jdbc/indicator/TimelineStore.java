package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.indicator.LearnerTimeline;
import org.tremplin.domain.indicator.PartnerShares;
import org.tremplin.domain.learner.Learner;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.workstudy.WorkStudyContract;

/**
 * Keeps {@code learner_timeline}: each learner's {@link LearnerTimeline}, worked out by the domain
 * from the learner, their contracts and their follow-ups, rewritten in the transaction of every
 * write of those ({@link #refresh}). Steps up to {@code timeline_fold.folded_through} are also summed
 * per school in {@code school_timeline_folded}, so that a report as of a recent day reads those sums
 * and the few steps since. What each learner brings to each partner's report is kept alongside
 * ({@link PartnerShareStore}). A write reads the fold day under a shared lock and
 * moving it takes an exclusive one, so no step is ever counted twice nor missed.
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
@Singleton
public final class TimelineStore {
    /** Learners per round trip: an IN list of this many identifiers stays well under any limit. */
    private static final int CHUNK = 1_000;
    private static final String INSERT = "INSERT INTO learner_timeline (learner_id, school_id, cohort_id, name, on_date,"
            + " value) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String ADD_FOLDED = "INSERT INTO school_timeline_folded (school_id, name, value) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE value = value + VALUES(value)";

    /**
     * In a query joined to {@code timeline_fold f}, with the report's day as its one parameter: the
     * day after which the steps are not in the folded sums, as of that day (before the fold day, none are).
     */
    static final String COUNTED_FROM = "(CASE WHEN ? >= f.folded_through THEN f.folded_through ELSE '0999-12-31' END)";

    /** Sums are changed in one order by every writer, so that two never wait for each other in a circle. */
    static final java.util.Comparator<List<String>> SCHOOL_THEN_NAME = java.util.Comparator
            .<List<String>, String>comparing(key -> key.get(0)).thenComparing(key -> key.get(1));

    private final Sql sql;
    private final PartnerShareStore partnerShares;
    /** Lazily: the tables themselves refresh timelines, so they cannot be built before this store. */
    private final BeanProvider<LearnerLoader> learners;
    private final BeanProvider<ContractLoader> contracts;
    private final BeanProvider<OutcomeLoader> outcomes;

    TimelineStore(Sql sql, PartnerShareStore partnerShares, BeanProvider<LearnerLoader> learners,
                  BeanProvider<ContractLoader> contracts, BeanProvider<OutcomeLoader> outcomes) {
        this.sql = sql;
        this.partnerShares = partnerShares;
        this.learners = learners;
        this.contracts = contracts;
        this.outcomes = outcomes;
    }

    /** Works the steps of these learners out again; to be called inside the transaction that changed them. */
    public void refresh(Collection<String> learnerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(learnerIds));
        if (ids.isEmpty()) {
            return;
        }
        LocalDate foldedThrough = sql.query("SELECT folded_through FROM timeline_fold WHERE id = 1 LOCK IN SHARE MODE",
                List.of(), row -> Sql.date(row, "folded_through")).getFirst();
        for (List<String> chunk : Sql.chunks(ids, CHUNK)) {
            refreshChunk(chunk, foldedThrough);
        }
    }

    /**
     * Works out every learner's steps from scratch, sums included, when the timeline is not marked
     * built (a database made before it, or a repair asked for); marks it built.
     */
    int rebuildIfNeeded() {
        boolean built = sql.query("SELECT built FROM timeline_fold WHERE id = 1 FOR UPDATE", List.of(),
                row -> row.getBoolean(1)).getFirst();
        if (built) {
            return 0;
        }
        forgetAll();
        List<String> learners = sql.query("SELECT id FROM learner", List.of(), row -> row.getString(1));
        refresh(learners);
        sql.update("UPDATE timeline_fold SET built = TRUE WHERE id = 1", List.of());
        return learners.size();
    }

    /** Drops every learner's steps and partner shares, and every sum of them, to be worked out again. */
    void forgetAll() {
        for (String table : List.of("learner_timeline", "school_timeline_folded", "partner_figure_share",
                "partner_health_share", "partner_figure_count", "partner_health_count", "partner_timeline",
                "partner_timeline_folded")) {
            sql.update("DELETE FROM " + table, List.of());
        }
        sql.update("UPDATE timeline_fold SET built = FALSE, folded_through = '0999-12-31' WHERE id = 1", List.of());
    }

    /**
     * Moves the fold day forward to {@code through}: the steps in between are added to the schools'
     * and partners' sums. Does nothing when it is already there or beyond. Does not wait for the
     * writers that hold the fold day (an import may hold it for minutes): it fails at once instead,
     * and is tried again later ({@link TimelineFolding}); reports are exact whatever the fold day.
     */
    void fold(LocalDate through) {
        LocalDate foldedThrough = sql.query("SELECT folded_through FROM timeline_fold WHERE id = 1 FOR UPDATE NOWAIT",
                List.of(), row -> Sql.date(row, "folded_through")).getFirst();
        if (!through.isAfter(foldedThrough)) {
            return;
        }
        sql.update("INSERT INTO school_timeline_folded (school_id, name, value)"
                + " SELECT t.school_id, t.name, SUM(t.value) FROM learner_timeline t"
                + " WHERE t.on_date > ? AND t.on_date <= ? GROUP BY t.school_id, t.name"
                + " ON DUPLICATE KEY UPDATE value = school_timeline_folded.value + VALUES(value)",
                List.of(foldedThrough, through));
        partnerShares.fold(foldedThrough, through);
        sql.update("UPDATE timeline_fold SET folded_through = ? WHERE id = 1", List.of(through));
    }


    private void refreshChunk(List<String> ids, LocalDate foldedThrough) {
        String in = " IN (" + Sql.marks(ids.size()) + ")";
        // What the old steps had added to the schools' sums comes off them.
        Map<List<String>, Long> folded = new TreeMap<>(SCHOOL_THEN_NAME);
        sql.query("SELECT school_id, name, SUM(value) FROM learner_timeline WHERE learner_id" + in
                        + " AND on_date <= ? GROUP BY school_id, name", withDay(ids, foldedThrough),
                row -> folded.merge(List.of(row.getString(1), row.getString(2)), -row.getLong(3), Long::sum));
        sql.update("DELETE FROM learner_timeline WHERE learner_id" + in, ids);

        Map<String, List<WorkStudyContract>> contracts = this.contracts.get().contractsByLearner(ids);
        Map<String, List<EmploymentOutcome>> outcomes = this.outcomes.get().outcomesByLearner(ids);
        List<List<Object>> rows = new ArrayList<>();
        Map<String, PartnerShares> shares = new HashMap<>();
        for (Learner learner : learners.get().learners(ids)) {
            String id = learner.id().toString();
            String school = learner.schoolId().toString();
            List<WorkStudyContract> own = contracts.getOrDefault(id, List.of());
            List<EmploymentOutcome> followUps = outcomes.getOrDefault(id, List.of());
            LearnerTimeline timeline = LearnerTimeline.of(learner.id(), learner.leftOn(), learner.status(), own, followUps);
            for (LearnerTimeline.Step step : timeline.steps()) {
                rows.add(List.of(id, school, learner.cohortId().toString(), step.name(), step.from(), step.change()));
                if (!step.from().isAfter(foldedThrough)) {
                    folded.merge(List.of(school, step.name()), step.change(), Long::sum);
                }
            }
            shares.put(id, PartnerShares.of(learner, own, followUps));
        }
        sql.batch(INSERT, rows);
        partnerShares.replace(ids, shares, foldedThrough);
        List<List<Object>> foldedChanges = new ArrayList<>();
        folded.forEach((schoolAndName, change) -> {
            if (change != 0) {
                foldedChanges.add(List.of(schoolAndName.get(0), schoolAndName.get(1), change));
            }
        });
        sql.batch(ADD_FOLDED, foldedChanges);
    }

    private static List<Object> withDay(List<String> ids, LocalDate day) {
        List<Object> parameters = new ArrayList<>(ids);
        parameters.add(day);
        return parameters;
    }

    /** The sums of the steps of a scope up to a day, by name. */
    Map<String, Long> sums(Statement statement) {
        Map<String, Long> sums = new TreeMap<>();
        statement.query(sql, row -> sums.merge(row.getString(1), row.getLong(2), Long::sum));
        return sums;
    }
}
