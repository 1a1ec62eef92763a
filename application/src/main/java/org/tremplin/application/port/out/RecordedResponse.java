package org.tremplin.application.port.out;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A response kept for an idempotency key, as an adapter stores it. Holds copies: neither the
 * caller's map nor its array can change what is kept. Equal when the contents are.
 *
 * @param contentType the media type of the body, or null for a response without one
 * @param headers the headers to replay, in their order
 */
public record RecordedResponse(int status, String contentType, Map<String, String> headers, byte[] body) {
    public RecordedResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        headers.forEach((name, value) -> {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
        });
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordedResponse that && status == that.status
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
        return "RecordedResponse[status=" + status + ", contentType=" + contentType + ", headers=" + headers.keySet()
                + ", body=" + body.length + " bytes]";
    }
}
