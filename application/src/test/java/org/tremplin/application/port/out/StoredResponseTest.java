package org.tremplin.application.port.out;

import org.tremplin.application.port.in.StoredResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.InvalidValueException;

class StoredResponseTest {

    @Test
    void keeps_copies_so_that_the_callers_map_and_array_cannot_change_it() {
        Map<String, String> headers = new HashMap<>(Map.of("Location", "/api/v1/schools/1"));
        byte[] body = {1, 2, 3};
        StoredResponse response = new StoredResponse(201, "application/json", headers, body);

        headers.put("Location", "/elsewhere");
        body[0] = 9;
        response.body()[1] = 9;

        assertThat(response.headers()).containsExactly(Map.entry("Location", "/api/v1/schools/1"));
        assertThat(response.body()).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> response.headers().put("X", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void is_equal_to_a_response_with_the_same_contents() {
        StoredResponse one = new StoredResponse(200, null, Map.of("A", "1"), new byte[] {4, 2});
        StoredResponse same = new StoredResponse(200, null, Map.of("A", "1"), new byte[] {4, 2});

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(new StoredResponse(200, null, Map.of("A", "1"), new byte[] {4, 3}));
        assertThat(one).isNotEqualTo(new StoredResponse(200, "text/plain", Map.of("A", "1"), new byte[] {4, 2}));
        assertThat(one).isNotEqualTo(new StoredResponse(201, null, Map.of("A", "1"), new byte[] {4, 2}));
    }

    @Test
    void keeps_the_order_of_the_headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Z", "1");
        headers.put("A", "2");

        assertThat(new StoredResponse(200, null, headers, new byte[0]).headers().keySet()).containsExactly("Z", "A");
    }

    @Test
    void never_shows_header_values_nor_the_body_in_its_text() {
        StoredResponse response = new StoredResponse(201, "application/json", Map.of("Location", "/learners/marie"),
                "{\"email\":\"marie@example.org\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(response.toString()).contains("201", "Location").doesNotContain("marie");
    }

    @Test
    void refuses_what_cannot_be_an_http_response_or_is_too_big_to_keep() {
        assertThatThrownBy(() -> new StoredResponse(99, null, Map.of(), new byte[0])).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StoredResponse(600, null, Map.of(), new byte[0])).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StoredResponse(200, null, null, new byte[0])).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StoredResponse(200, null, Map.of(), null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StoredResponse(200, "x".repeat(256), Map.of(), new byte[0]))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new StoredResponse(200, null, Map.of(), new byte[StoredResponse.MAX_BODY_BYTES + 1]))
                .isInstanceOfSatisfying(InvalidValueException.class, invalid -> assertThat(invalid.field()).contains("body"));
        assertThat(new StoredResponse(200, null, Map.of(), new byte[StoredResponse.MAX_BODY_BYTES]).body())
                .hasSize(StoredResponse.MAX_BODY_BYTES);
    }
}
