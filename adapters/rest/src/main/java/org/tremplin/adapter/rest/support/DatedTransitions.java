package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * A dated transition of a record, such as opening a school or a learner's graduation: the record named
 * by the path moves on the day the body gives ({@link OnDateBody}), from the version the caller read
 * (If-Match).
 *
 * <p>The checks come in the order a caller can act on: an unreadable id is a 400 at once; then a missing
 * or unreadable day is a 400; only a readable request is asked for its If-Match (428, 412), and only then
 * does the use case run.
 */
public final class DatedTransitions {
    private DatedTransitions() {
    }

    /** The use case's method that makes the move, such as {@code schools::open}. */
    @FunctionalInterface
    public interface Transition<I, R> {
        R apply(I id, long version, LocalDate on);
    }

    /** Reads the request, then moves the record; the record as it now is. */
    public static <I, R> R apply(@Nullable String id, Function<UUID, I> wrap, @Nullable String ifMatch,
                                 OnDateBody body, Transition<I, R> transition) {
        I recordId = Parameters.pathId(id, wrap);
        Parameters parameters = new Parameters();
        LocalDate on = parameters.requiredDate("on", body.on());
        parameters.complete();
        return transition.apply(recordId, EntityTags.versionFrom(ifMatch), on);
    }
}
