package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tremplin.application.common.InputCheck;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;

/**
 * Reads the text an HTTP caller sent (query parameters, path variables, JSON strings) into typed
 * values, recording every unreadable one under the name the caller used, so that one 400 lists
 * them all. What a value means stays the domain's business; this only reads its shape.
 *
 * <p>The refusals are gathered by the application's {@link InputCheck}, as the use cases gather theirs:
 * an unreadable value is recorded as one more refusal, and {@link #complete()} throws the one
 * {@link InvalidValueException} listing them all, as the domain would.
 */
public final class Parameters {
    private final InputCheck check = new InputCheck();

    /**
     * Reads every value {@code reading} asks for, then refuses at once (400) every one that was unreadable;
     * else gives what {@code reading} built from them.
     */
    public static <T> T readAll(Function<Parameters, T> reading) {
        Parameters parameters = new Parameters();
        T read = reading.apply(parameters);
        parameters.complete();
        return read;
    }

    /** A path variable naming a record: unreadable, it is a 400 at once (nothing else to report). */
    public static <T> T pathId(@Nullable String raw, Function<UUID, T> wrap) {
        return readAll(parameters -> parameters.requiredId("id", raw, wrap));
    }

    public Optional<UUID> id(String field, @Nullable String raw) {
        return parse(field, raw, UUID::fromString, "an identifier (UUID)");
    }

    public <T> T requiredId(String field, @Nullable String raw, Function<UUID, T> wrap) {
        return required(field, raw, id(field, raw).map(wrap));
    }

    public <T> Optional<T> optionalId(String field, @Nullable String raw, Function<UUID, T> wrap) {
        return id(field, raw).map(wrap);
    }

    /** A day from year 1 to 9999: the days a database column holds, and the only ones a caller means. */
    public Optional<LocalDate> date(String field, @Nullable String raw) {
        return parse(field, raw, Parameters::storableDate, "a date (yyyy-MM-dd) between 0001-01-01 and 9999-12-31");
    }

    private static LocalDate storableDate(String text) {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new IllegalArgumentException("out of range: " + text);
        }
        return date;
    }

    public LocalDate requiredDate(String field, @Nullable String raw) {
        return required(field, raw, date(field, raw));
    }

    /** An instant with its offset, such as {@code 2026-11-23T10:15:30Z} or {@code 2026-11-23T11:15:30+01:00}. */
    public Optional<Instant> instant(String field, @Nullable String raw) {
        return parse(field, raw, text -> OffsetDateTime.parse(text).toInstant(),
                "a date-time with offset (2026-11-23T10:15:30Z)");
    }

    public <E extends Enum<E>> Optional<E> choice(String field, @Nullable String raw, Class<E> type) {
        String accepted = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        return parse(field, raw, text -> Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_')),
                "one of " + accepted);
    }

    public <E extends Enum<E>> E requiredChoice(String field, @Nullable String raw, Class<E> type) {
        return required(field, raw, choice(field, raw, type));
    }

    public Optional<Integer> integer(String field, @Nullable String raw) {
        return parse(field, raw, text -> Integer.valueOf(text.trim()), "a whole number");
    }

    /** Records a missing value when {@code raw} is absent and nothing else was said about it. */
    public <T> T required(String field, @Nullable String raw, Optional<T> value) {
        if (raw == null || raw.isBlank()) {
            reject(field, ErrorCodes.REQUIRED, field + " is required");
        }
        return value.orElse(null);
    }

    public <T> T requiredValue(String field, @Nullable T value) {
        if (value == null) {
            reject(field, ErrorCodes.REQUIRED, field + " is required");
        }
        return value;
    }

    public void reject(String field, String code, String message) {
        check.reject(new FieldViolation(field, code, message));
    }

    /** The value the domain builds, or null after recording the domain's reasons for refusing it. */
    public <T> T built(Supplier<T> build) {
        return check.field(build);
    }

    /** Throws one exception naming every value that could not be read, if any. */
    public void complete() {
        check.complete();
    }

    private <T> Optional<T> parse(String field, @Nullable String raw, Function<String, T> reader, String expected) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(reader.apply(raw.trim()));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            reject(field, ErrorCodes.BAD_FORMAT, field + " must be " + expected);
            return Optional.empty();
        }
    }
}
