package org.tremplin.app.api;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A plain HTTP client for the API tests: what an integrator's curl sends, nothing more, so the
 * tests see the real status codes, headers and bodies.
 */
final class Api {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final Optional<String> authorization;
    private final List<String> headers = new ArrayList<>();

    private Api(Optional<String> authorization) {
        this.authorization = authorization;
    }

    static Api anonymous() {
        return new Api(Optional.empty());
    }

    static Api withToken(String secret) {
        return new Api(Optional.of("Bearer " + secret));
    }

    static Api withPassword(String email, String password) {
        return new Api(Optional.of("Basic " + Base64.getEncoder()
                .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8))));
    }

    /** {@code text} as a value in a query string. */
    static String queryValue(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The same caller, with one more header on every request. */
    Api header(String name, String value) {
        Api copy = new Api(authorization);
        copy.headers.addAll(headers);
        copy.headers.add(name);
        copy.headers.add(value);
        return copy;
    }

    Reply get(String path) {
        return send(builder(path).GET());
    }

    Reply post(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply postBytes(String path, String contentType, byte[] content) {
        return send(builder(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    Reply put(String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply delete(String path) {
        return send(builder(path).DELETE());
    }

    Reply method(String method, String path, String json) {
        return send(builder(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(ApiSystemTestServer.uri(path));
        authorization.ifPresent(value -> builder.header("Authorization", value));
        for (int i = 0; i < headers.size(); i += 2) {
            builder.header(headers.get(i), headers.get(i + 1));
        }
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What came back. */
    record Reply(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return ApiSystemTestServer.bean(JsonMapper.class).readValue(bytes, Argument.of(JsonNode.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body(), e);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        String location() {
            return URI.create(header("Location")).getPath();
        }

        String etag() {
            return header("ETag");
        }

        /** The fields a problem's errors name, in their order; none when it names none. */
        List<String> fieldsInError() {
            List<String> names = new ArrayList<>();
            JsonNode errors = json().get("errors");
            if (errors != null) {
                for (int i = 0; i < errors.size(); i++) {
                    names.add(errors.get(i).get("field").getStringValue());
                }
            }
            return names;
        }

        @Override
        public String toString() {
            return status + " " + body();
        }
    }
}
