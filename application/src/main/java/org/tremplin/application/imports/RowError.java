package org.tremplin.application.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one row, or the file as a whole (line 1, the header), cannot be imported.
 *
 * @param column the column at fault, when one is
 * @param code the stable error code, the same as the use case would report for the same mistake
 *     (one of the catalogue, {@link org.tremplin.domain.error.ErrorCodes})
 * @param message an English explanation that never repeats a value of the file (it may be personal)
 */
public record RowError(int line, Optional<String> column, String code, String message) {
    public RowError {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static RowError on(int line, String column, String code, String message) {
        return new RowError(line, Optional.of(column), code, message);
    }
}
