package org.tremplin.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every write inside it lands, or none does. Nested calls join
 * the unit of work already under way, read-only or not. The use case is the only one to begin a
 * unit of work: the ports it calls run in it.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs a unit of work that only reads: a write inside it, nested units included, is refused
     * with an {@link IllegalStateException} and leaves nothing behind. A stand-in that cannot tell
     * reads from writes (a test double running work directly) may run it as an ordinary unit.
     */
    default <T> T inReadOnlyTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
