package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;

/**
 * What a change sent by POST, such as opening a school, is asked besides its body: its
 * {@code Idempotency-Key} and request ({@link KeyedPost}), the record ({@code id} in the path) and the
 * version the caller read ({@code If-Match}). Taken as one {@code @RequestBean} parameter, like
 * {@link ListQuery}.
 */
@Introspected
public record PostedChange(HttpRequest<?> request, @Nullable @Header(IdempotentPosts.HEADER) String idempotencyKey,
                           @PathVariable String id, @Nullable @Header(EntityTags.IF_MATCH) String ifMatch) {

    /** The POST as {@link IdempotentPosts} remembers it. */
    public KeyedPost post() {
        return new KeyedPost(request, idempotencyKey);
    }
}
