package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.tremplin.application.idempotency.IdempotencyClaim;
import org.tremplin.application.idempotency.IdempotentRequests;
import org.tremplin.application.port.in.StoredResponse;

/**
 * POST with an {@code Idempotency-Key} (IETF draft "The Idempotency-Key HTTP Header Field"): the
 * same key and payload get the first response again, without acting twice; the same key with
 * another payload is refused (422); a request still running under that key is refused (409). A
 * request that fails frees its key, so a corrected retry may use it.
 */
@Singleton
public final class IdempotentPosts {
    public static final String HEADER = "Idempotency-Key";
    private static final String[] REMEMBERED_HEADERS = {"Location", "ETag"};
    private final IdempotentRequests requests;
    private final JsonMapper json;

    IdempotentPosts(IdempotentRequests requests, JsonMapper json) {
        this.requests = requests;
        this.json = json;
    }

    /** Runs {@code action} once per key; {@code body} is the request's JSON body, compared by content. */
    public <T> HttpResponse<T> run(KeyedPost post, @Nullable Object body, Class<T> responseType,
                                   Supplier<? extends HttpResponse<T>> action) {
        if (post.idempotencyKey() == null) {
            return action.get();
        }
        return run(post, serialise(body), responseType, action);
    }

    /** Runs {@code action} once per key; {@code payload} is the request's raw body, such as an uploaded file. */
    public <T> HttpResponse<T> run(KeyedPost post, byte[] payload, Class<T> responseType,
                                   Supplier<? extends HttpResponse<T>> action) {
        String key = post.idempotencyKey();
        if (key == null) {
            return action.get();
        }
        IdempotencyClaim claim = requests.claim(key, fingerprint(post.request(), payload));
        if (claim instanceof IdempotencyClaim.Replay replay) {
            return replayed(replay.response(), responseType);
        }
        HttpResponse<T> response;
        try {
            response = action.get();
        } catch (RuntimeException failure) {
            requests.release(key);
            throw failure;
        }
        requests.complete(key, stored(response));
        return response;
    }

    private StoredResponse stored(HttpResponse<?> response) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REMEMBERED_HEADERS) {
            response.getHeaders().findFirst(name).ifPresent(value -> headers.put(name, value));
        }
        byte[] body = response.getBody().map(value -> value instanceof byte[] bytes ? bytes : serialise(value))
                .orElse(new byte[0]);
        String contentType = response.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON);
        return new StoredResponse(response.code(), contentType, headers, body);
    }

    private <T> MutableHttpResponse<T> replayed(StoredResponse stored, Class<T> responseType) {
        MutableHttpResponse<T> response = HttpResponse.<T>status(HttpStatus.valueOf(stored.status()))
                .header("Idempotent-Replayed", "true");
        stored.headers().forEach(response::header);
        if (stored.body().length > 0) {
            try {
                response.contentType(stored.contentType()).body(json.readValue(stored.body(), responseType));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return response;
    }

    private byte[] serialise(@Nullable Object value) {
        if (value == null) {
            return new byte[0];
        }
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(HttpRequest<?> request, byte[] payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethodName() + " " + request.getUri()).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(payload);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
