package org.tremplin.adapter.persistence.jdbc;

import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.tremplin.adapter.persistence.jdbc.support.UnitOfWork;
import org.tremplin.application.port.out.Transactions;

/**
 * A unit of work is one database transaction; a nested one joins it. A read-only one is a
 * read-only transaction, in which the server refuses every write.
 */
@Singleton
public final class JdbcTransactions implements Transactions {
    private static final String RECORD_TYPE = "record";
    private final UnitOfWork unitOfWork;

    JdbcTransactions(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.write(RECORD_TYPE, "", work);
    }

    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        return unitOfWork.read(RECORD_TYPE, work);
    }
}
