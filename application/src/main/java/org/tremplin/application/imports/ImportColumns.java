package org.tremplin.application.imports;

import org.tremplin.domain.error.ErrorCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The header an import expects. A required column that the header lacks, or that no row fills, is
 * reported as missing; a column of the header the import does not know is reported as unknown.
 */
record ImportColumns(List<String> required, List<String> optional) {
    ImportColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    List<String> all() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }

    /**
     * For rows given without their header: a column is known to the file when at least one row
     * fills it, so a required column that no row fills is reported as missing. No rows, no error.
     */
    List<RowError> check(List<ImportRow> rows) {
        return rows.isEmpty() ? List.of() : check(filled(rows), rows);
    }

    /**
     * One error on line 1 per column of {@code header} the import does not know, and per required
     * column the header lacks or, when there are rows, that no row fills; none when the file fits.
     * A header alone is checked too, so that a wrong template is reported before any row is typed.
     */
    List<RowError> check(Collection<String> header, List<ImportRow> rows) {
        Set<String> filled = filled(rows);
        List<RowError> errors = new ArrayList<>();
        for (String column : new LinkedHashSet<>(header)) {
            if (!column.isEmpty() && !all().contains(column)) {
                errors.add(RowError.on(1, column, ErrorCodes.IMPORT_COLUMN_UNKNOWN,
                        "this column is unknown; the columns are " + String.join(", ", all())));
            }
        }
        for (String column : required) {
            if (!header.contains(column) || !rows.isEmpty() && !filled.contains(column)) {
                errors.add(RowError.on(1, column, ErrorCodes.IMPORT_COLUMN_MISSING,
                        "this required column is missing, or empty on every row"));
            }
        }
        return errors;
    }

    private static Set<String> filled(List<ImportRow> rows) {
        Set<String> used = new LinkedHashSet<>();
        rows.forEach(row -> used.addAll(row.values().keySet()));
        return used;
    }
}
