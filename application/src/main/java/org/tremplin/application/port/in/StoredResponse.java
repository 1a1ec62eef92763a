package org.tremplin.application.port.in;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.shared.Require;

/**
 * The response to replay for an idempotency key: what the driving adapter answered the first
 * time, as the use case hands it over and the adapters keep it (one type for both: a copy per side
 * only converted field by field). Holds copies, so neither the caller's map nor its array can change it later; equal when the
 * contents are.
 *
 * @param status the HTTP status, 100 to 599
 * @param contentType the media type of the body (at most {@value #CONTENT_TYPE_MAX_LENGTH} characters), or null
 *     for a response without one
 * @param headers the headers to replay, in their order (the adapter chooses which: not those that
 *     change on every answer, such as {@code Date})
 * @param body at most {@link #MAX_BODY_BYTES} bytes
 */
public record StoredResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
    /**
     * The largest body kept. Responses to the requests that carry keys (creations, changes) are
     * small; the bound keeps a stored row well under the database's packet size.
     */
    public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;
    public static final int CONTENT_TYPE_MAX_LENGTH = 255;

    public StoredResponse {
        Require.between(status, 100, 599, "status");
        Require.present(headers, "headers");
        Require.present(body, "body");
        headers.forEach((name, value) -> {
            Require.present(name, "headers");
            Require.present(value, "headers");
        });
        if (contentType != null) {
            Require.text(contentType, "contentType", CONTENT_TYPE_MAX_LENGTH);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new InvalidValueException("body", ErrorCodes.TOO_LONG,
                    "a stored response body holds at most " + MAX_BODY_BYTES + " bytes");
        }
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResponse that && status == that.status
                && Objects.equals(contentType, that.contentType) && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, headers, Arrays.hashCode(body));
    }

    /** Header names and the body's size only: values and body may hold personal data, and this may be logged. */
    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", contentType=" + contentType + ", headers=" + headers.keySet()
                + ", body=" + body.length + " bytes]";
    }
}
