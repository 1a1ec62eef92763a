package org.tremplin.domain.shared;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.InvalidValueException;

/** The checks that constructors share, each failing with the field named and a stable code. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, ErrorCodes.REQUIRED, field + " is required");
        }
        return value;
    }

    /** Trims the text; refuses it when blank or longer than {@code maxLength} characters. */
    public static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, ErrorCodes.REQUIRED, field + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new InvalidValueException(field, ErrorCodes.TOO_LONG,
                    field + " must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    /** Like {@link #text} for an optional value: blank counts as absent. */
    public static Optional<String> optionalText(Optional<String> value, String field, int maxLength) {
        present(value, field);
        return value.filter(v -> !v.isBlank()).map(v -> text(v, field, maxLength));
    }

    public static int between(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, ErrorCodes.OUT_OF_RANGE,
                    field + " must be between " + min + " and " + max);
        }
        return value;
    }

    /** Refuses {@code later} when it falls before {@code earlier}. */
    public static void notBefore(LocalDate later, LocalDate earlier, String field, String earlierField) {
        if (later.isBefore(earlier)) {
            throw new InvalidValueException(field, ErrorCodes.DATE_ORDER,
                    field + " cannot be before " + earlierField);
        }
    }

    public static <C extends Collection<?>> C notEmpty(C values, String field) {
        if (present(values, field).isEmpty()) {
            throw new InvalidValueException(field, ErrorCodes.REQUIRED, field + " needs at least one value");
        }
        return values;
    }
}
