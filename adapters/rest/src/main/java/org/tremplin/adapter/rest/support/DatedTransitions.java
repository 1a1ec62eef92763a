package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * A dated transition of a record, such as opening a school or a learner's graduation: the record named
 * by the path moves on the day the body gives ({@link OnDateBody}), from the version the caller read
 * (If-Match).
 *
 * <p>An unreadable id is a 400 at once; then a missing or unreadable day is a 400; then come the checks
 * of every {@link Transitions transition}.
 */
public final class DatedTransitions {
    private DatedTransitions() {
    }

    /** How {@link Transitions} reads the request of a dated transition. */
    public static <I, R> Function<Parameters, LongFunction<R>> reading(@Nullable String id, Function<UUID, I> wrap,
                                                                       OnDateBody body,
                                                                       VersionedChange<I, LocalDate, R> transition) {
        return parameters -> {
            I recordId = Parameters.pathId(id, wrap);
            LocalDate on = parameters.requiredDate("on", body.on());
            return version -> transition.apply(recordId, version, on);
        };
    }

    /** Reads the request, then moves the record; the record as it now is. */
    public static <I, R> R apply(@Nullable String id, Function<UUID, I> wrap, @Nullable String ifMatch,
                                 OnDateBody body,
                                 VersionedChange<I, LocalDate, R> transition) {
        return Transitions.call(ifMatch, reading(id, wrap, body, transition));
    }
}
