package org.tremplin.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.InvalidValueException;

/** The create and change shapes every controller shares; without an Idempotency-Key, as most callers send. */
class TransitionsTest {
    private final IdempotentPosts noKeys = new IdempotentPosts(null, null);
    private final Transitions transitions = new Transitions(noKeys);
    private final Creations creations = new Creations(noKeys);
    private final List<String> calls = new ArrayList<>();

    record ThingJson(String id, long version) implements RecordJson {
    }

    @Test
    void a_creation_answers_201_with_the_location_and_etag_of_the_record() {
        KeyedPost post = new KeyedPost(HttpRequest.POST("/api/v1/things", ""), null);

        HttpResponse<ThingJson> response = creations.create(post, "{}", ThingJson.class, "/api/v1/things",
                parameters -> () -> "t1", (String id) -> new ThingJson(id, 1));

        assertThat(response.code()).isEqualTo(HttpStatus.CREATED.getCode());
        assertThat(response.header("Location")).isEqualTo("/api/v1/things/t1");
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(response.body()).isEqualTo(new ThingJson("t1", 1));
    }

    @Test
    void a_change_runs_from_the_version_named_by_if_match_and_answers_the_new_etag() {
        HttpResponse<ThingJson> response = transitions.apply(change("W/\"4\""), parameters -> version -> {
            calls.add("change from " + version);
            return new ThingJson("t1", version + 1);
        }, (ThingJson json) -> json);

        assertThat(calls).containsExactly("change from 4");
        assertThat(response.code()).isEqualTo(HttpStatus.OK.getCode());
        assertThat(response.header("ETag")).isEqualTo("\"5\"");
    }

    @Test
    void an_unreadable_request_is_refused_before_if_match_is_looked_at() {
        assertThatThrownBy(() -> transitions.apply(change(null), parameters -> {
            parameters.requiredDate("on", "tomorrow");
            return version -> new ThingJson("t1", version);
        }, json -> json)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void a_readable_request_needs_an_if_match_naming_a_version_of_ours() {
        assertThatThrownBy(() -> transitions.apply(change(null),
                parameters -> version -> new ThingJson("t1", version), json -> json))
                .isInstanceOf(EntityTags.PreconditionRequiredException.class);
        assertThatThrownBy(() -> transitions.apply(change("\"v4\""),
                parameters -> version -> new ThingJson("t1", version), json -> json))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_removal_reads_the_id_then_if_match_and_answers_204() {
        String id = "0b6f8b4e-7d1a-4c3e-9f57-2a4de0c1b9a1";

        HttpResponse<Void> response = transitions.remove(new RecordChange(id, "\"2\""), uuid -> uuid,
                (removed, version) -> calls.add("remove " + removed + " at " + version));

        assertThat(response.code()).isEqualTo(HttpStatus.NO_CONTENT.getCode());
        assertThat(calls).containsExactly("remove " + id + " at 2");
        assertThatThrownBy(() -> transitions.remove(new RecordChange("42", null), uuid -> uuid,
                (removed, version) -> calls.add("no")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(calls).hasSize(1);
    }

    private static RecordChange change(String ifMatch) {
        return new RecordChange("0b6f8b4e-7d1a-4c3e-9f57-2a4de0c1b9a1", ifMatch);
    }
}
