package org.tremplin.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every write inside it lands, or none does. Nested calls join
 * the unit of work already under way.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
