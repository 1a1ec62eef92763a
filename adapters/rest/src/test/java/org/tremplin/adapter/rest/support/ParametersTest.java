package org.tremplin.adapter.rest.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;

class ParametersTest {
    private enum Colour { DARK_BLUE, RED }

    @Test
    void reads_each_value_of_the_shape_asked_for() {
        Parameters parameters = new Parameters();
        UUID id = UUID.randomUUID();

        UUID read = parameters.requiredId("id", id.toString(), value -> value);

        assertThat(read).isEqualTo(id);
        assertThat(parameters.date("on", " 2026-09-01 ")).contains(LocalDate.of(2026, 9, 1));
        assertThat(parameters.choice("colour", "dark-blue", Colour.class)).contains(Colour.DARK_BLUE);
        assertThat(parameters.integer("page", "3")).contains(3);
        assertThat(parameters.instant("since", "2026-11-23T11:15:30+01:00")).isPresent();
        assertThat(parameters.date("absent", null)).isEmpty();
        parameters.complete();
    }

    @Test
    void one_refusal_names_every_unreadable_value_in_the_order_read_with_its_code_and_message() {
        Parameters parameters = new Parameters();
        parameters.id("cohort", "not-a-uuid");
        parameters.requiredDate("on", null);
        parameters.date("starts-from", "10000-01-01");
        parameters.choice("colour", "green", Colour.class);
        parameters.integer("page", "one");
        parameters.instant("updated-since", "yesterday");
        parameters.requiredValue("seats", null);
        parameters.reject("sort", ErrorCodes.BAD_FORMAT, "sort must be one of name");
        parameters.built(() -> {
            throw new InvalidValueException("email", "person.email-invalid", "email is not an address");
        });

        assertThatThrownBy(parameters::complete).isInstanceOfSatisfying(InvalidValueException.class,
                refusal -> assertThat(refusal.violations()).containsExactly(
                        new FieldViolation("cohort", ErrorCodes.BAD_FORMAT, "cohort must be an identifier (UUID)"),
                        new FieldViolation("on", ErrorCodes.REQUIRED, "on is required"),
                        new FieldViolation("starts-from", ErrorCodes.BAD_FORMAT,
                                "starts-from must be a date (yyyy-MM-dd) between 0001-01-01 and 9999-12-31"),
                        new FieldViolation("colour", ErrorCodes.BAD_FORMAT, "colour must be one of DARK_BLUE, RED"),
                        new FieldViolation("page", ErrorCodes.BAD_FORMAT, "page must be a whole number"),
                        new FieldViolation("updated-since", ErrorCodes.BAD_FORMAT,
                                "updated-since must be a date-time with offset (2026-11-23T10:15:30Z)"),
                        new FieldViolation("seats", ErrorCodes.REQUIRED, "seats is required"),
                        new FieldViolation("sort", ErrorCodes.BAD_FORMAT, "sort must be one of name"),
                        new FieldViolation("email", "person.email-invalid", "email is not an address")));
    }

    @Test
    void an_unreadable_required_value_is_reported_once_as_unreadable() {
        Parameters parameters = new Parameters();

        parameters.requiredChoice("region", "atlantis", Colour.class);

        assertThatThrownBy(parameters::complete).isInstanceOfSatisfying(InvalidValueException.class,
                refusal -> assertThat(refusal.violations()).extracting(FieldViolation::code)
                        .containsExactly(ErrorCodes.BAD_FORMAT));
    }

    @Test
    void read_all_gives_what_was_read_or_refuses_it_whole() {
        Optional<Integer> size = Parameters.readAll(parameters -> parameters.integer("size", "20"));

        assertThat(size).contains(20);
        assertThatThrownBy(() -> Parameters.readAll(parameters -> parameters.integer("size", "twenty")))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Parameters.pathId("42", value -> value))
                .isInstanceOfSatisfying(InvalidValueException.class, refusal -> assertThat(refusal.violations())
                        .containsExactly(new FieldViolation("id", ErrorCodes.BAD_FORMAT,
                                "id must be an identifier (UUID)")));
    }
}
