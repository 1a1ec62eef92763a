package org.tremplin.adapter.persistence.jdbc.indicator;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, works out the follow-ups of the learners stored before {@code learner_follow_up}
 * existed (a database migrated from an earlier version): the migration can make the table, not
 * apply the domain's rules. Once filled, this costs one query that finds nothing.
 */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
final class FollowUpBackfill implements ApplicationEventListener<StartupEvent> {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpBackfill.class);

    private final FollowUpStore store;
    private final TransactionOperations<Connection> transactions;

    FollowUpBackfill(FollowUpStore store, TransactionOperations<Connection> transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        int filled = transactions.executeWrite(status -> store.rebuildWhereMissing());
        if (filled > 0) {
            LOG.info("Worked out the follow-ups of {} learners stored before the follow-up summary existed", filled);
        }
    }
}
