package org.tremplin.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;

class DatedTransitionsTest {
    private static final String ID = "0b6f8b4e-7d1a-4c3e-9f57-2a4de0c1b9a1";
    private final List<String> calls = new ArrayList<>();

    private String move(UUID id, long version, LocalDate on) {
        calls.add(id + " " + version + " " + on);
        return "moved";
    }

    @Test
    void moves_the_record_named_by_the_path_from_the_version_read_on_the_day_given() {
        String moved = DatedTransitions.apply(ID, id -> id, "\"3\"", new OnDateBody("2026-09-01"), this::move);

        assertThat(moved).isEqualTo("moved");
        assertThat(calls).containsExactly(ID + " 3 2026-09-01");
    }

    @Test
    void an_unreadable_id_is_refused_alone_before_the_body_is_read() {
        assertThatThrownBy(() -> DatedTransitions.apply("not-a-uuid", id -> id, "\"3\"", new OnDateBody(null),
                this::move))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(fields(e)).containsExactly("id"));
        assertThat(calls).isEmpty();
    }

    @Test
    void a_missing_day_is_refused_before_if_match_is_looked_at() {
        assertThatThrownBy(() -> DatedTransitions.apply(ID, id -> id, null, new OnDateBody(null), this::move))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(fields(e)).containsExactly("on"));
        assertThat(calls).isEmpty();
    }

    @Test
    void a_readable_request_without_if_match_is_refused() {
        assertThatThrownBy(() -> DatedTransitions.apply(ID, id -> id, null, new OnDateBody("2026-09-01"), this::move))
                .isInstanceOf(EntityTags.PreconditionRequiredException.class);
        assertThat(calls).isEmpty();
    }

    private static List<String> fields(InvalidValueException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }
}
