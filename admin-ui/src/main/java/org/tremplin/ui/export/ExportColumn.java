package org.tremplin.ui.export;

import java.util.Objects;
import java.util.function.Function;

/**
 * One column of a CSV export: its header, in the user's language, and the text of a row's cell.
 * A view lists only what it shows: no secret, no password hash, and health data only when the use
 * case returned it.
 */
public record ExportColumn<T>(String header, Function<? super T, String> value) {
    public ExportColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(value, "value");
    }

    public static <T> ExportColumn<T> of(String header, Function<? super T, ?> value) {
        return new ExportColumn<>(header, row -> {
            Object cell = value.apply(row);
            return cell == null ? "" : cell.toString();
        });
    }

    String cell(T row) {
        return value.apply(row);
    }
}
