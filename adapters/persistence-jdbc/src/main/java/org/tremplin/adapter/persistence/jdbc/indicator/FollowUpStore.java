package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.domain.indicator.FollowUp;
import org.tremplin.domain.indicator.FollowUpHorizon;
import org.tremplin.domain.indicator.SituationAtHorizon;
import org.tremplin.domain.learner.LearnerId;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.OutcomeId;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.PartnerId;

/**
 * Keeps {@code learner_follow_up}: each learner's {@link FollowUp}, worked out by the domain from the
 * learner's leaving date and every follow-up recorded, written in the transaction of the write that
 * changed them. The learner and outcome tables call {@link #refresh} after each write; nothing else
 * writes the table. A report counts these rows and works out again only the few a past as-of date
 * makes stale ({@link SituationAtHorizon#standsOn}).
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
public final class FollowUpStore {
    /** Learners per round trip: an IN list of this many identifiers stays well under any packet limit. */
    private static final int CHUNK = 1_000;
    private static final String UPSERT = upsert();

    private final Sql sql;

    FollowUpStore(Sql sql) {
        this.sql = sql;
    }

    /** Works the follow-ups of these learners out again; to be called inside the transaction that changed them. */
    public void refresh(Collection<String> learnerIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(learnerIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            refreshChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    /** Fills in the learners that have no row yet (after the migration that made the table); returns how many. */
    public int rebuildWhereMissing() {
        List<String> missing = sql.query("SELECT l.id FROM learner l LEFT JOIN learner_follow_up f ON f.learner_id = l.id"
                + " WHERE f.learner_id IS NULL", List.of(), row -> row.getString(1));
        refresh(missing);
        return missing.size();
    }

    /** The follow-ups of these learners as known on {@code knownOn}, for the rows a past report cannot use as kept. */
    List<FollowUp> asKnownOn(Collection<String> learnerIds, LocalDate knownOn) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(learnerIds));
        List<FollowUp> followUps = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Map<String, List<EmploymentOutcome>> outcomes = outcomesOf(chunk, Optional.of(knownOn));
            leavingDates(chunk).forEach((id, leftOn) -> followUps.add(FollowUp.of(LearnerId.parse(id), leftOn,
                    outcomes.getOrDefault(id, List.of()), knownOn)));
        }
        return followUps;
    }

    private void refreshChunk(List<String> ids) {
        Map<String, List<EmploymentOutcome>> outcomes = outcomesOf(ids, Optional.empty());
        List<List<Object>> rows = new ArrayList<>();
        sql.query("SELECT id, school_id, cohort_id, left_on FROM learner WHERE id IN (" + Sql.marks(ids.size()) + ")",
                ids, row -> {
                    String id = row.getString("id");
                    FollowUp followUp = FollowUp.of(LearnerId.parse(id), Optional.ofNullable(Sql.date(row, "left_on")),
                            outcomes.getOrDefault(id, List.of()), LocalDate.MAX);
                    rows.add(row(followUp, row.getString("school_id"), row.getString("cohort_id")));
                    return null;
                });
        sql.batch(UPSERT, rows);
    }

    private Map<String, Optional<LocalDate>> leavingDates(List<String> ids) {
        Map<String, Optional<LocalDate>> leftOn = new HashMap<>();
        sql.query("SELECT id, left_on FROM learner WHERE id IN (" + Sql.marks(ids.size()) + ")", ids, row -> {
            leftOn.put(row.getString("id"), Optional.ofNullable(Sql.date(row, "left_on")));
            return null;
        });
        return leftOn;
    }

    private Map<String, List<EmploymentOutcome>> outcomesOf(List<String> learnerIds, Optional<LocalDate> knownOn) {
        Map<String, List<EmploymentOutcome>> byLearner = new HashMap<>();
        List<Object> parameters = new ArrayList<>(learnerIds);
        knownOn.ifPresent(parameters::add);
        sql.query("SELECT id, learner_id, observed_on, situation, employer_partner_id, employer_name"
                + " FROM employment_outcome WHERE learner_id IN (" + Sql.marks(learnerIds.size()) + ")"
                + (knownOn.isPresent() ? " AND observed_on <= ?" : ""), parameters, row -> {
                    byLearner.computeIfAbsent(row.getString("learner_id"), id -> new ArrayList<>()).add(outcome(row));
                    return null;
                });
        return byLearner;
    }

    private static EmploymentOutcome outcome(ResultSet row) throws SQLException {
        String partner = row.getString("employer_partner_id");
        String name = row.getString("employer_name");
        Optional<Employer> employer = partner != null ? Optional.of(Employer.partner(PartnerId.parse(partner)))
                : Optional.ofNullable(name).map(Employer::named);
        return new EmploymentOutcome(OutcomeId.parse(row.getString("id")), 0,
                LearnerId.parse(row.getString("learner_id")), Sql.date(row, "observed_on"),
                Situation.valueOf(row.getString("situation")), employer, Optional.empty());
    }

    private static List<Object> row(FollowUp followUp, String schoolId, String cohortId) {
        List<Object> values = new ArrayList<>();
        values.add(followUp.learnerId().toString());
        values.add(schoolId);
        values.add(cohortId);
        values.add(followUp.leavingYear().map(year -> (Object) year.endYear()).orElse(null));
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            if (followUp.horizons().isEmpty()) {
                values.add(null);
                values.add(null);
                values.add(null);
            } else {
                SituationAtHorizon at = followUp.at(horizon);
                values.add(at.snapshotOn());
                values.add(at.situation().map(Enum::name).orElse(null));
                values.add(at.decidedBy().orElse(null));
            }
        }
        values.add(followUp.latestSituation().map(Enum::name).orElse(null));
        values.add(followUp.latestObservedOn().orElse(null));
        return values;
    }

    private static String upsert() {
        List<String> columns = new ArrayList<>(List.of("learner_id", "school_id", "cohort_id", "leaving_year"));
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            columns.add(FollowUpColumns.snapshotOn(horizon));
            columns.add(FollowUpColumns.situation(horizon));
            columns.add(FollowUpColumns.decidedBy(horizon));
        }
        columns.add("latest_situation");
        columns.add("latest_observed_on");
        StringBuilder statement = new StringBuilder("INSERT INTO learner_follow_up (")
                .append(String.join(", ", columns)).append(") VALUES (").append(Sql.marks(columns.size()))
                .append(") ON DUPLICATE KEY UPDATE ");
        List<String> updates = columns.stream().skip(1).map(column -> column + " = VALUES(" + column + ")").toList();
        return statement.append(String.join(", ", updates)).toString();
    }
}
