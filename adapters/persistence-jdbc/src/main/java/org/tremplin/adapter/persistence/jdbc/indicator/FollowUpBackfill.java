package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, works out what a database made by an earlier version lacks: the follow-ups of the
 * learners stored before {@code learner_follow_up} existed, and the figure counts when none were
 * kept yet. A migration can make the tables, not apply the domain's rules. Once filled, this costs
 * two queries that find nothing.
 */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
final class FollowUpBackfill implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpBackfill.class);

    private final FollowUpStore followUps;
    private final FigureCountStore figureCounts;
    private final List<FigureCountSource> sources;
    private final TransactionOperations<Connection> transactions;

    FollowUpBackfill(FollowUpStore followUps, FigureCountStore figureCounts, List<FigureCountSource> sources,
                     TransactionOperations<Connection> transactions) {
        this.followUps = followUps;
        this.figureCounts = figureCounts;
        this.sources = sources;
        this.transactions = transactions;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int filled = transactions.executeWrite(status -> followUps.rebuildWhereMissing());
        if (filled > 0) {
            LOG.info("Worked out the follow-ups of {} learners stored before the follow-up summary existed", filled);
        }
        int cohorts = transactions.executeWrite(status -> figureCounts.missesCounts() ? figureCounts.rebuild(sources) : 0);
        if (cohorts > 0) {
            LOG.info("Counted the figures of {} cohorts stored before the figure counts existed", cohorts);
        }
    }
}
