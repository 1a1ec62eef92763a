package org.tremplin.application.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.ErrorKind;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.TremplinException;

/**
 * Reads the cells of one row into the values a use case takes, recording an error for every cell
 * it cannot read instead of stopping at the first, so that one report lists every mistake of a
 * file. It only reads text into dates, choices and yes/no answers: the domain stays the judge of
 * each value, and what the domain (or a use case) refuses is reported with its own code, on the
 * column its field comes from.
 */
final class CellReader {
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            // French Excel writes dates as 30/09/2024 in a CSV file.
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Map<String, Boolean> YES_NO = Map.of("yes", true, "no", false, "oui", true, "non", false,
            "true", true, "false", false, "1", true, "0", false);

    private final ImportRow row;
    private final Map<String, String> columnOfField;
    private final List<RowError> errors = new ArrayList<>();

    /**
     * @param columnOfField the column each field named by the domain's errors comes from
     *     ({@code dateOfBirth} from {@code date_of_birth}, say)
     */
    CellReader(ImportRow row, Map<String, String> columnOfField) {
        this.row = row;
        this.columnOfField = columnOfField;
    }

    int line() {
        return row.line();
    }

    /** The cell's text, or null when empty: the domain says whether it may be. */
    String text(String column) {
        return row.values().get(column);
    }

    Optional<String> optionalText(String column) {
        return row.value(column);
    }

    LocalDate date(String column) {
        return required(column, optionalDate(column));
    }

    Optional<LocalDate> optionalDate(String column) {
        return read(column, CellReader::parseDate, "a date such as 2024-09-30 or 30/09/2024");
    }

    <E extends Enum<E>> E choice(String column, Class<E> choices) {
        return required(column, optionalChoice(column, choices));
    }

    <E extends Enum<E>> Optional<E> optionalChoice(String column, Class<E> choices) {
        return read(column, text -> parseChoice(text, choices), "one of " + Arrays.stream(choices.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    Boolean yesNo(String column) {
        return required(column, read(column, text -> Optional.ofNullable(YES_NO.get(text.toLowerCase(Locale.ROOT))),
                "yes or no (also oui/non, true/false, 1/0)"));
    }

    /** The value the domain reads from the cell (an identifier, say), or null after recording why it could not. */
    <T> T parsed(String column, Function<String, T> parse) {
        return check(column, () -> parse.apply(text(column)));
    }

    <T> Optional<T> optionalParsed(String column, Function<String, T> parse) {
        return optionalText(column).map(text -> check(column, () -> parse.apply(text)));
    }

    /** What {@code work} returns, or null after recording why the domain or the use case refused it. */
    <T> T check(Supplier<T> work) {
        return check(null, Set.of(), work);
    }

    /** Like {@link #check(Supplier)}, reporting a refusal that names no known field on {@code column}. */
    <T> T check(String column, Supplier<T> work) {
        return check(column, Set.of(), work);
    }

    /** Like {@link #check(Supplier)}, leaving out refusals of fields already reported otherwise. */
    <T> T checkIgnoring(Set<String> fieldsReported, Supplier<T> work) {
        return check(null, fieldsReported, work);
    }

    boolean passes(String column, Runnable check) {
        return check(column, () -> {
            check.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Records a refusal found outside a domain call, such as a value taken in the database. */
    void refuse(TremplinException refusal) {
        errors.add(new RowError(line(), columnOf(refusal.field().orElse(null), null), refusal.code(),
                refusal.getMessage()));
    }

    void refuse(String column, String code, String message) {
        errors.add(RowError.on(line(), column, code, message));
    }

    boolean valid() {
        return errors.isEmpty();
    }

    List<RowError> errors() {
        return List.copyOf(errors);
    }

    private <T> T check(String column, Set<String> fieldsReported, Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidValueException invalid) {
            for (FieldViolation violation : invalid.violations()) {
                if (!fieldsReported.contains(violation.field())) {
                    errors.add(new RowError(line(), columnOf(violation.field(), column), violation.code(),
                            violation.message()));
                }
            }
            return null;
        } catch (TremplinException refusal) {
            if (refusal.kind() == ErrorKind.UNAVAILABLE) {
                throw refusal;
            }
            errors.add(new RowError(line(), columnOf(refusal.field().orElse(null), column), refusal.code(),
                    refusal.getMessage()));
            return null;
        }
    }

    private Optional<String> columnOf(String field, String fallback) {
        return Optional.ofNullable(field).map(columnOfField::get).or(() -> Optional.ofNullable(fallback));
    }

    private <T> Optional<T> read(String column, Function<String, Optional<T>> parse, String expected) {
        Optional<String> text = optionalText(column).map(String::strip).filter(value -> !value.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<T> value = parse.apply(text.get());
        if (value.isEmpty()) {
            refuse(column, ErrorCodes.BAD_FORMAT, column + " must be " + expected);
        }
        return value;
    }

    /** The value, or null after recording that it is missing (unless it was there but unreadable). */
    private <T> T required(String column, Optional<T> value) {
        if (value.isEmpty() && optionalText(column).filter(text -> !text.isBlank()).isEmpty()) {
            refuse(column, ErrorCodes.REQUIRED, column + " is required");
        }
        return value.orElse(null);
    }

    private static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** The constant named by {@code text}, ignoring case; a hyphen or a space counts as an underscore. */
    private static <E extends Enum<E>> Optional<E> parseChoice(String text, Class<E> choices) {
        String name = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(choices.getEnumConstants()).filter(choice -> choice.name().equals(name)).findFirst();
    }
}
