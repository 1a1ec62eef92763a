package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Header;

/**
 * What a POST is asked besides its body: its {@code Idempotency-Key}, and the request it is remembered
 * by ({@link IdempotentPosts}). A POST method takes it as one {@code @RequestBean} parameter, so that
 * the header is bound, and documented in the OpenAPI document, the same way on every POST.
 */
@Introspected
public record KeyedPost(HttpRequest<?> request, @Nullable @Header(IdempotentPosts.HEADER) String idempotencyKey) {
}
