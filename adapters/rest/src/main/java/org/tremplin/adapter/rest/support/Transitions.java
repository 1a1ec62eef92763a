package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
 */
@Singleton
public final class Transitions {
    private final IdempotentPosts idempotent;

    Transitions(IdempotentPosts idempotent) {
        this.idempotent = idempotent;
    }

    /** A change sent by POST: it acts once per {@code Idempotency-Key} ({@link IdempotentPosts}). */
    public <R, J extends RecordJson> HttpResponse<J> applyOnce(@Nullable String idempotencyKey,
                                                               HttpRequest<?> request, Object body, Class<J> type,
                                                               @Nullable String ifMatch,
                                                               Function<Parameters, LongFunction<R>> reading,
                                                               Function<? super R, J> toJson) {
        return idempotent.run(idempotencyKey, request, body, type, () -> apply(ifMatch, reading, toJson));
    }

    /**
     * A change sent by PUT or DELETE, idempotent by nature.
     *
     * @param reading reads the request's values, then gives the use case's call, which takes the version read
     */
    public <R, J extends RecordJson> HttpResponse<J> apply(@Nullable String ifMatch,
                                                           Function<Parameters, LongFunction<R>> reading,
                                                           Function<? super R, J> toJson) {
        return Responses.ok(toJson.apply(call(ifMatch, reading)));
    }

    /**
     * A record removed by DELETE, such as {@code outcomes::delete}: the path names it, If-Match the version
     * read; 204.
     */
    public <I> HttpResponse<Void> remove(@Nullable String id, Function<UUID, I> wrap, @Nullable String ifMatch,
                                         ObjLongConsumer<I> removal) {
        I recordId = Parameters.pathId(id, wrap);
        removal.accept(recordId, EntityTags.versionFrom(ifMatch));
        return HttpResponse.noContent();
    }

    /** Reads the request, then its If-Match, then makes the call: the record as it now is. */
    static <R> R call(@Nullable String ifMatch, Function<Parameters, LongFunction<R>> reading) {
        LongFunction<R> change = Parameters.readAll(reading);
        return change.apply(EntityTags.versionFrom(ifMatch));
    }
}
