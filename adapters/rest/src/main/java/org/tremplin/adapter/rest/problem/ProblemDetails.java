package org.tremplin.adapter.rest.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code code} is the stable machine-readable reason (the same codes
 * the console translates); {@code errors} names every invalid field of a 400 at once.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ProblemDetails(String type, String title, int status, @Nullable String detail, @Nullable String instance,
                             String code, @Nullable List<InvalidField> errors) {

    /**
     * One invalid input: {@code field} is the JSON property, query parameter, header or CSV column;
     * {@code line} is the line of an uploaded file, when the input came from one.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record InvalidField(String field, String code, String message, @Nullable Integer line) {
        public InvalidField(String field, String code, String message) {
            this(field, code, message, null);
        }
    }
}
