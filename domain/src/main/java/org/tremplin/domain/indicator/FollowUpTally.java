package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.outcome.SituationCategory;

/**
 * Adds up leavers' follow-ups into the figures of a report: by horizon, leaving year and category,
 * and the jobs held. The domain adds {@link FollowUp}s one by one; a database adapter adds the
 * counts of the follow-ups it keeps, grouped, then the few it had to work out again. Either way the
 * figures come out of {@link #followUps} and {@link #jobsCreated}, so they are defined once.
 */
public final class FollowUpTally {
    private final Map<FollowUpHorizon, Map<LeavingYear, Map<SituationCategory, Long>>> leavers =
            new EnumMap<>(FollowUpHorizon.class);
    private long jobsCreated;

    public FollowUpTally() {
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            leavers.put(horizon, new TreeMap<>());
        }
    }

    /** Counts one learner as their follow-ups stood on {@code asOf} (worked out knowing what was known on that day). */
    public void count(FollowUp followUp, LocalDate asOf) {
        for (SituationAtHorizon situation : followUp.horizons()) {
            if (situation.isDueBy(asOf)) {
                count(situation.horizon(), followUp.leavingYear().orElseThrow(), situation.situation(), 1);
            }
        }
        countLatest(followUp.latestSituation(), 1);
    }

    /** Counts {@code leavers} leavers of {@code year} whose situation at {@code horizon} is {@code situation} (none: unknown). */
    public void count(FollowUpHorizon horizon, LeavingYear year, Optional<Situation> situation, long leavers) {
        SituationCategory category = situation.map(Situation::category).orElse(SituationCategory.UNKNOWN);
        this.leavers.get(horizon).computeIfAbsent(year, y -> new EnumMap<>(SituationCategory.class))
                .merge(category, leavers, Long::sum);
    }

    /** Counts {@code learners} learners whose latest follow-up is {@code situation}: a job created when it is employment. */
    public void countLatest(Optional<Situation> situation, long learners) {
        if (situation.map(s -> s.category().isEmployment()).orElse(false)) {
            jobsCreated += learners;
        }
    }

    /**
     * The jobs the network can claim: former learners whose latest known situation is employment,
     * salaried or self-employed (a local figure, not an InserJeunes rate). A job since lost no longer counts.
     */
    public long jobsCreated() {
        return jobsCreated;
    }

    private static final String JOBS = "followups.jobs";
    private static final String PREFIX = "followups.";

    /**
     * The tally as named counts, which add up: the tally of two groups of learners is the sum of
     * their counts. Names are those {@link #add(String, long)} reads back.
     */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        leavers.forEach((horizon, byYear) -> byYear.forEach((year, byCategory) -> byCategory.forEach((category, count) -> {
            if (count != 0) {
                counts.put(PREFIX + horizon.name() + "." + year.endYear() + "." + category.name(), count);
            }
        })));
        if (jobsCreated != 0) {
            counts.put(JOBS, jobsCreated);
        }
        return counts;
    }

    /** Whether a count's name is one of {@link #counts()}'s. */
    public static boolean isFollowUpCount(String name) {
        return name.startsWith(PREFIX);
    }

    /** Adds a count of {@link #counts()}, such as a sum of many learners' counts. */
    public void add(String name, long count) {
        if (name.equals(JOBS)) {
            jobsCreated += count;
            return;
        }
        String[] parts = isFollowUpCount(name) ? name.substring(PREFIX.length()).split("\\.") : new String[0];
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a follow-up count: " + name);
        }
        leavers.get(FollowUpHorizon.valueOf(parts[0]))
                .computeIfAbsent(new LeavingYear(Integer.parseInt(parts[1])), y -> new EnumMap<>(SituationCategory.class))
                .merge(SituationCategory.valueOf(parts[2]), count, Long::sum);
    }

    /** One entry per horizon, in order: every leaver, or those of {@code leavingYear} (pooled with the year before when too few). */
    public List<FollowUpAtHorizon> followUps(Optional<LeavingYear> leavingYear) {
        List<FollowUpAtHorizon> followUps = new ArrayList<>();
        for (FollowUpHorizon horizon : FollowUpHorizon.values()) {
            if (leavingYear.isEmpty()) {
                followUps.add(new FollowUpAtHorizon(horizon, snapshot(horizon, List.of()), Optional.empty()));
                continue;
            }
            LeavingYear year = leavingYear.get();
            EmploymentSnapshot figures = snapshot(horizon, List.of(year));
            Optional<EmploymentSnapshot> pooled = figures.employmentRate().isSuppressed()
                    ? year.previous().map(previous -> snapshot(horizon, List.of(previous, year)))
                    : Optional.empty();
            followUps.add(new FollowUpAtHorizon(horizon, figures, pooled));
        }
        return followUps;
    }

    private EmploymentSnapshot snapshot(FollowUpHorizon horizon, List<LeavingYear> years) {
        Map<SituationCategory, Long> byCategory = new EnumMap<>(SituationCategory.class);
        leavers.get(horizon).forEach((year, counts) -> {
            if (years.isEmpty() || years.contains(year)) {
                counts.forEach((category, count) -> byCategory.merge(category, count, Long::sum));
            }
        });
        return EmploymentSnapshot.of(horizon, years, byCategory);
    }
}
