package org.tremplin.adapter.persistence.jdbc.indicator;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.tremplin.adapter.persistence.jdbc.support.Sql;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.domain.indicator.FigureCounts;

/**
 * Keeps the counts of {@link FigureCounts} per cohort and per school. A write tells what it changed
 * as the records of the people it touched before and after ({@link #record}); the domain counts both
 * and the difference is added to the cohort's and the school's rows with {@code value = value + ?},
 * which concurrent writes add up rather than overwrite. A report sums the rows of its scope.
 *
 * <p>Counts are additive per person (an applicant, or a learner with all their contracts or all their
 * follow-ups), so the records given must be whole per person: all of a learner's contracts, not only
 * the one saved.
 *
 * @see "docs/adr/0013-indicator-summaries.md"
 */
@Singleton
public final class FigureCountStore {
    private static final int CHUNK = 500;

    private final Sql sql;

    FigureCountStore(Sql sql) {
        this.sql = sql;
    }

    /**
     * Adds to each cohort's counts what changed between {@code before} and {@code after}, records
     * grouped by the cohort they belong to.
     */
    public <T> void record(Map<String, List<T>> before, Map<String, List<T>> after,
                           Function<Collection<T>, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> changes = new TreeMap<>();
        LinkedHashSet<String> cohorts = new LinkedHashSet<>(before.keySet());
        cohorts.addAll(after.keySet());
        for (String cohort : cohorts) {
            Map<String, Long> change = FigureCounts.change(counts.apply(before.getOrDefault(cohort, List.of())),
                    counts.apply(after.getOrDefault(cohort, List.of())));
            if (!change.isEmpty()) {
                changes.put(cohort, change);
            }
        }
        add(changes);
    }

    /** Adds these counts to their cohorts' and schools' rows. */
    void add(Map<String, Map<String, Long>> countsByCohort) {
        List<String> cohorts = List.copyOf(countsByCohort.keySet());
        for (List<String> chunk : Sql.chunks(cohorts, CHUNK)) {
            Map<String, String> schools = schoolsOf(chunk);
            List<List<Object>> cohortRows = new ArrayList<>();
            List<List<Object>> cohortHealthRows = new ArrayList<>();
            Map<String, Map<String, Long>> bySchool = new TreeMap<>();
            for (String cohort : chunk) {
                countsByCohort.get(cohort).forEach((name, value) -> {
                    (FigureCounts.isHealthData(name) ? cohortHealthRows : cohortRows).add(List.of(cohort, name, value));
                    bySchool.computeIfAbsent(schools.get(cohort), school -> new TreeMap<>()).merge(name, value, Long::sum);
                });
            }
            List<List<Object>> schoolRows = new ArrayList<>();
            List<List<Object>> schoolHealthRows = new ArrayList<>();
            bySchool.forEach((school, counts) -> counts.forEach((name, value) ->
                    (FigureCounts.isHealthData(name) ? schoolHealthRows : schoolRows).add(List.of(school, name, value))));
            sql.batch(increment("cohort_figure_count", "cohort_id"), cohortRows);
            sql.batch(increment("cohort_health_count", "cohort_id"), cohortHealthRows);
            sql.batch(increment("school_figure_count", "school_id"), schoolRows);
            sql.batch(increment("school_health_count", "school_id"), schoolHealthRows);
        }
    }

    /** Counts every cohort again from scratch, from each section's table: for a database made before the counts. */
    int rebuild(Collection<FigureCountSource> sources) {
        for (String table : List.of("cohort_figure_count", "cohort_health_count", "school_figure_count",
                "school_health_count")) {
            sql.update("DELETE FROM " + table, List.of());
        }
        List<String> cohorts = sql.query("SELECT id FROM cohort ORDER BY id", List.of(), row -> row.getString(1));
        for (List<String> chunk : Sql.chunks(cohorts, CHUNK)) {
            Map<String, Map<String, Long>> counts = new HashMap<>();
            for (FigureCountSource source : sources) {
                source.countsByCohort(chunk).forEach((cohort, sectionCounts) ->
                        FigureCounts.add(counts.computeIfAbsent(cohort, c -> new TreeMap<>()), sectionCounts));
            }
            add(counts);
        }
        return cohorts.size();
    }

    /** Whether records exist that no count stands for yet: a database made before the counts. */
    boolean missesCounts() {
        return sql.count("SELECT COUNT(*) FROM school_figure_count", List.of()) == 0
                && sql.count("SELECT EXISTS (SELECT 1 FROM applicant) OR EXISTS (SELECT 1 FROM learner)", List.of()) > 0;
    }

    /** The counts of a scope made of whole cohorts: the network, a region, a school or a cohort. */
    Map<String, Long> sum(IndicatorScope scope) {
        String counts;
        String healthCounts;
        String where;
        List<Object> parameters;
        switch (scope) {
            case IndicatorScope.Network ignored -> {
                counts = "school_figure_count";
                healthCounts = "school_health_count";
                where = "1 = 1";
                parameters = List.of();
            }
            case IndicatorScope.OfRegion(var region) -> {
                counts = "school_figure_count";
                healthCounts = "school_health_count";
                where = "school_id IN (SELECT id FROM school WHERE region = ?)";
                parameters = List.of(region.name());
            }
            case IndicatorScope.OfSchool(var school) -> {
                counts = "school_figure_count";
                healthCounts = "school_health_count";
                where = "school_id = ?";
                parameters = List.of(school.toString());
            }
            case IndicatorScope.OfCohort(var cohort) -> {
                counts = "cohort_figure_count";
                healthCounts = "cohort_health_count";
                where = "cohort_id = ?";
                parameters = List.of(cohort.toString());
            }
            case IndicatorScope.OfPartner ignored -> throw new IllegalArgumentException("a partner's learners are no cohort");
        }
        List<Object> both = new ArrayList<>(parameters);
        both.addAll(parameters);
        Map<String, Long> sums = new TreeMap<>();
        sql.query("SELECT name, SUM(value) FROM " + counts + " WHERE " + where + " GROUP BY name"
                        + " UNION ALL SELECT name, SUM(value) FROM " + healthCounts + " WHERE " + where + " GROUP BY name",
                both, row -> sums.put(row.getString(1), row.getLong(2)));
        return sums;
    }

    private Map<String, String> schoolsOf(List<String> cohorts) {
        Map<String, String> schools = new HashMap<>();
        sql.query("SELECT id, school_id FROM cohort WHERE id IN (" + Sql.marks(cohorts.size()) + ")", cohorts,
                row -> schools.put(row.getString(1), row.getString(2)));
        return schools;
    }

    private static String increment(String table, String keyColumn) {
        return "INSERT INTO " + table + " (" + keyColumn + ", name, value) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE value = value + VALUES(value)";
    }
}
