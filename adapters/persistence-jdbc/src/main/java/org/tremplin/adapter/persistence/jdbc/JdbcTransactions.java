package org.tremplin.adapter.persistence.jdbc;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;
import org.tremplin.adapter.persistence.jdbc.support.SqlErrors;
import org.tremplin.application.port.out.Transactions;

/** A unit of work is one database transaction; a nested one joins it. */
@Singleton
@Requires(property = "tremplin.persistence", value = "jdbc")
public final class JdbcTransactions implements Transactions {
    private final TransactionOperations<Connection> transactions;

    JdbcTransactions(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.executeWrite(status -> work.get());
        } catch (RuntimeException failure) {
            throw SqlErrors.translate(failure, "record", "");
        }
    }
}
