package org.tremplin.adapter.persistence.jdbc.indicator;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tremplin.adapter.persistence.jdbc.support.Sql;

/**
 * Keeps the summaries right while records that belong to learners change (their contracts, their
 * follow-ups): the learners' timelines and the figures of the cohorts those records count in.
 */
@Singleton
public final class LearnerSummaries {
    private final Sql sql;
    private final TimelineStore timelines;
    private final FigureCountStore figureCounts;

    LearnerSummaries(Sql sql, TimelineStore timelines, FigureCountStore figureCounts) {
        this.sql = sql;
        this.timelines = timelines;
        this.figureCounts = figureCounts;
    }

    /**
     * Runs {@code write}, which changes records of these learners, inside the caller's transaction.
     * One writer at a time about a learner: what a write changes in the counts is worked out from the
     * learner's records before and after it, which another writer must not change meanwhile. Every
     * writer refreshes timelines before counts, so that two never wait for each other in a circle.
     *
     * @param countedByCohort the learners' records that count, by the cohort they count in
     * @param counts the figures a cohort's records make
     */
    public <T> void rewrite(Collection<String> learnerIds, Function<List<String>, Map<String, List<T>>> countedByCohort,
                            Function<Collection<T>, Map<String, Long>> counts, Runnable write) {
        List<String> learners = learnerIds.stream().distinct().toList();
        sql.lockRows("learner", learners);
        Map<String, List<T>> before = countedByCohort.apply(learners);
        write.run();
        timelines.refresh(learners);
        figureCounts.record(before, countedByCohort.apply(learners), counts);
    }
}
