package org.tremplin.adapter.persistence.jdbc.idempotency;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Response headers in one text column, as a form body writes its fields ({@code name=value&...},
 * each part percent-encoded): any character survives, the order is kept, and no JSON library is
 * needed for a map of strings.
 */
final class HeaderEncoding {
    private HeaderEncoding() {
    }

    static String encode(Map<String, String> headers) {
        var encoded = new StringJoiner("&");
        headers.forEach((name, value) -> encoded.add(part(name) + "=" + part(value)));
        return encoded.toString();
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (encoded.isEmpty()) {
            return headers;
        }
        for (String field : encoded.split("&")) {
            int equals = field.indexOf('=');
            headers.put(URLDecoder.decode(field.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(field.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return headers;
    }

    private static String part(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
