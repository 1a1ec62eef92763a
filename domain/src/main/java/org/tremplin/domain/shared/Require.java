package org.tremplin.domain.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;

/** The checks that constructors share, each failing with the field named and a stable code. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidValueException(List.of(missing(field)));
        }
        return value;
    }

    /**
     * Refuses every missing value at once (one violation per field, in the order given), so that a
     * form marks all its empty fields on the first try rather than one per attempt.
     *
     * @param fieldsAndValues a field's name, then its value, for each field
     */
    public static void allPresent(Object... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a value is expected after each field's name");
        }
        List<FieldViolation> missing = new ArrayList<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] == null) {
                missing.add(missing((String) fieldsAndValues[i]));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidValueException(missing);
        }
    }

    private static FieldViolation missing(String field) {
        return new FieldViolation(field, ErrorCodes.REQUIRED, field + " is required");
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
