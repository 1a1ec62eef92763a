package org.tremplin.application.port.out;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A table read from a file.
 *
 * @param encoding the charset the file was found to be written in ({@code UTF-8}, {@code windows-1252})
 * @param separator the field separator found in the header
 * @param header the column names as the header gives them, trimmed and lower-cased, in order; a
 *     column without a name is an empty string
 * @param rows the rows after the header, blank ones left out
 */
public record TabularFile(String encoding, char separator, List<String> header, List<Row> rows) {
    public TabularFile {
        Objects.requireNonNull(encoding, "encoding");
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One row of the table.
     *
     * @param line the physical line of the file where the row starts (the header is line 1 when
     *     nothing stands before it)
     * @param values the non-empty values of the row by column name; an empty cell is absent
     */
    public record Row(int line, Map<String, String> values) {
        public Row {
            if (line < 1) {
                throw new IllegalArgumentException("line numbers start at 1");
            }
            values = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(values, "values")));
        }

        @Override
        public String toString() {
            // The values may be personal: keep them out of logs that print objects.
            return "Row[line=" + line + ", columns=" + values.keySet() + "]";
        }
    }
}
