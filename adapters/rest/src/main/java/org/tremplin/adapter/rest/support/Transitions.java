package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ObjLongConsumer;

/**
 * A change to a record the caller read, such as correcting it or opening a school: If-Match names the
 * version read, and the answer is the record as it now is, with its new ETag.
 *
 * <p>The checks come in the order a caller can act on: every unreadable value of the request is one 400;
 * only a readable request is asked for its If-Match (428, 412); only then does the use case run.
 *
 * <p>Each {@code reading} reads the request's values, recording the unreadable ones, then gives the use
 * case's call, which takes the version read.
 */
@Singleton
public final class Transitions {
    private final IdempotentPosts idempotent;

    Transitions(IdempotentPosts idempotent) {
        this.idempotent = idempotent;
    }

    /** A change sent by POST: it acts once per {@code Idempotency-Key} ({@link IdempotentPosts}). */
    public <R, J extends RecordJson> HttpResponse<J> applyOnce(PostedChange change, Object body, Class<J> type,
                                                               Function<Parameters, LongFunction<R>> reading,
                                                               Function<? super R, J> toJson) {
        return idempotent.run(change.post(), body, type,
                () -> answer(change.ifMatch(), reading, toJson));
    }

    /** A change sent by PUT or DELETE, idempotent by nature. */
    public <R, J extends RecordJson> HttpResponse<J> apply(RecordChange change,
                                                           Function<Parameters, LongFunction<R>> reading,
                                                           Function<? super R, J> toJson) {
        return answer(change.ifMatch(), reading, toJson);
    }

    /**
     * A record changed by PUT to what the body describes, such as {@code partners::amend}: the path's id
     * is read with the body's values, so that one 400 names every unreadable one.
     */
    public <I, V, R, J extends RecordJson> HttpResponse<J> amend(RecordChange change, Function<UUID, I> wrap,
                                                                 Function<Parameters, V> reading,
                                                                 VersionedChange<I, V, R> amendment,
                                                                 Function<? super R, J> toJson) {
        return apply(change, parameters -> {
            I recordId = parameters.requiredId("id", change.id(), wrap);
            V value = reading.apply(parameters);
            return version -> amendment.apply(recordId, version, value);
        }, toJson);
    }

    /** A record removed by DELETE, such as {@code outcomes::delete}: its id, then If-Match; 204. */
    public <I> HttpResponse<Void> remove(RecordChange change, Function<UUID, I> wrap, ObjLongConsumer<I> removal) {
        I recordId = Parameters.pathId(change.id(), wrap);
        removal.accept(recordId, EntityTags.versionFrom(change.ifMatch()));
        return HttpResponse.noContent();
    }

    /** Reads the request, then its If-Match, then makes the call: the record as it now is. */
    static <R> R call(@Nullable String ifMatch, Function<Parameters, LongFunction<R>> reading) {
        LongFunction<R> change = Parameters.readAll(reading);
        return change.apply(EntityTags.versionFrom(ifMatch));
    }

    private static <R, J extends RecordJson> HttpResponse<J> answer(@Nullable String ifMatch,
                                                                    Function<Parameters, LongFunction<R>> reading,
                                                                    Function<? super R, J> toJson) {
        return Responses.ok(toJson.apply(call(ifMatch, reading)));
    }
}
