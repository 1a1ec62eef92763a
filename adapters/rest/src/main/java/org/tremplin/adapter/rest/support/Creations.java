package org.tremplin.adapter.rest.support;

import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A record created by POST: once per {@code Idempotency-Key} ({@link IdempotentPosts}), only when every
 * value of the request reads (one 400 names each unreadable one), answered 201 with its Location and
 * its ETag.
 */
@Singleton
public final class Creations {
    private final IdempotentPosts idempotent;

    Creations(IdempotentPosts idempotent) {
        this.idempotent = idempotent;
    }

    /**
     * @param collection where the record will stand, such as {@code /api/v1/schools}; its id follows
     * @param reading    reads the request's values, then gives the use case's call that creates the record
     */
    public <R, J extends RecordJson> HttpResponse<J> create(KeyedPost post, Object body, Class<J> type,
                                                            String collection,
                                                            Function<Parameters, Supplier<R>> reading,
                                                            Function<? super R, J> toJson) {
        return idempotent.run(post, body, type, () -> {
            R created = Parameters.readAll(reading).get();
            return Responses.created(collection, toJson.apply(created));
        });
    }
}
