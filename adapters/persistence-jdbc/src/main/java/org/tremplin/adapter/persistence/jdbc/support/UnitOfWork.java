package org.tremplin.adapter.persistence.jdbc.support;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * The adapter's one way into a database transaction, and the one place where what the database
 * refused becomes the application's error ({@link SqlErrors}). Work joins the transaction under
 * way, which the use case began: a repository never starts a second one beside it. Only work that
 * no one began a transaction for (a start-up job, a port used on its own) gets one here, so that
 * what a port promises to do at once (a batch that lands whole, a check-then-write under a row
 * lock) still holds.
 */
@Singleton
public final class UnitOfWork {
    private static final TransactionDefinition OF_ITS_OWN =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final TransactionOperations<Connection> transactions;

    UnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /**
     * Runs {@code work} in the transaction under way, or in a new read-write one.
     *
     * @param recordType what a refusal is reported on
     * @param id         the record a duplicate primary key is reported on
     */
    public <T> T write(String recordType, Object id, Supplier<T> work) {
        try {
            return transactions.executeWrite(status -> work.get());
        } catch (RuntimeException failure) {
            if (SqlErrors.isSqlFailure(failure) && isReadOnlyUnderWay()) {
                // A bug in the use case rather than a refusal to explain, as the in-memory adapter reports it.
                throw new IllegalStateException("a write inside a read-only unit of work", failure);
            }
            throw SqlErrors.translate(failure, recordType, id);
        }
    }

    /**
     * Runs {@code work} in the transaction under way, or in a new read-only one, which the database
     * itself keeps from writing.
     */
    public <T> T read(String recordType, Supplier<T> work) {
        try {
            return transactions.execute(TransactionDefinition.READ_ONLY, status -> work.get());
        } catch (RuntimeException failure) {
            throw SqlErrors.translate(failure, recordType, "");
        }
    }

    /** Whether the transaction this work joined is a read-only one, whose connection refuses writes. */
    private boolean isReadOnlyUnderWay() {
        return transactions.findTransactionStatus().map(status -> {
            try {
                return status.getConnectionStatus().getConnection() instanceof Connection connection
                        && connection.isReadOnly();
            } catch (SQLException unknown) {
                return false;
            }
        }).orElse(false);
    }

    /**
     * Runs {@code work} in a transaction of its own, even when one is under way: for housekeeping
     * that must neither wait on nor spoil the work of a caller.
     */
    public <T> T inTransactionOfItsOwn(String recordType, Supplier<T> work) {
        try {
            return transactions.execute(OF_ITS_OWN, status -> work.get());
        } catch (RuntimeException failure) {
            throw SqlErrors.translate(failure, recordType, "");
        }
    }
}
