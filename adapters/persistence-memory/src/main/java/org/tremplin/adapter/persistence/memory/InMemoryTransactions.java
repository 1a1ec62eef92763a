package org.tremplin.adapter.persistence.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.tremplin.application.port.out.ChangeInstants;
import org.tremplin.application.port.out.Transactions;

/**
 * Units of work over the in-memory stores: one at a time (a single lock serialises every read and
 * write, which is simple and plenty for tests and demos), and undone if they fail, through a log
 * of the inverse of each write.
 */
public final class InMemoryTransactions implements Transactions {
    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<UnitUnderWay> underWay = new ThreadLocal<>();
    private final Clock clock;

    public InMemoryTransactions() {
        this(Clock.systemUTC());
    }

    /** @param clock the time stamped on each record written, as a database stamps its rows */
    public InMemoryTransactions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return within(false, work);
    }

    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        return within(true, work);
    }

    private <T> T within(boolean readOnly, Supplier<T> work) {
        lock.lock();
        boolean outermost = underWay.get() == null;
        if (outermost) {
            underWay.set(new UnitUnderWay(new ArrayDeque<>(), readOnly));
        }
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            if (outermost) {
                underWay.get().undoLog().forEach(Runnable::run);
            }
            throw failure;
        } finally {
            if (outermost) {
                underWay.remove();
            }
            lock.unlock();
        }
    }

    /**
     * Applies one write, remembering how to undo it should the surrounding unit of work fail; a
     * read-only unit refuses it, as a database does.
     */
    <T> T write(Supplier<Write<T>> change) {
        lock.lock();
        try {
            UnitUnderWay unit = underWay.get();
            if (unit != null && unit.readOnly()) {
                throw new IllegalStateException("a write inside a read-only unit of work");
            }
            Write<T> applied = change.get();
            if (unit != null) {
                unit.undoLog().push(applied.undo());
            }
            return applied.result();
        } finally {
            lock.unlock();
        }
    }

    /** The unit of work of this thread: the inverse of each write so far, and whether it may write at all. */
    private record UnitUnderWay(Deque<Runnable> undoLog, boolean readOnly) {
    }

    /** A write just applied: what it returns, and how to take it back. */
    record Write<T>(T result, Runnable undo) {
    }

    /** The instant a record written now is stamped with, as the "updated since" filters compare it. */
    Instant now() {
        return ChangeInstants.stamp(clock.instant());
    }

    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }
}
