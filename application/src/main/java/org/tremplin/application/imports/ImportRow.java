package org.tremplin.application.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an imported file, as the reader found it.
 *
 * @param line the physical line of the file where the row starts (the header is line 1), so that
 *     an error report points at the line a spreadsheet or a text editor shows
 * @param values the non-empty values of the row by column name, the names as the header gives
 *     them once trimmed and lower-cased; an empty cell is absent from the map
 */
public record ImportRow(int line, Map<String, String> values) {
    public ImportRow {
        if (line < 1) {
            throw new IllegalArgumentException("line numbers start at 1");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
    }

    public Optional<String> value(String column) {
        return Optional.ofNullable(values.get(column));
    }

    @Override
    public String toString() {
        // The values are names, e-mail addresses and the like: keep them out of logs that print objects.
        return "ImportRow[line=" + line + ", columns=" + values.keySet() + "]";
    }
}
