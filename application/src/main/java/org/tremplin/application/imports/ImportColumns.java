package org.tremplin.application.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The header an import expects. The rows only hold the cells that have a value, so a column is
 * known to the file when at least one row fills it: a required column that no row fills is reported
 * as missing, whether the header lacks it or every cell under it is empty.
 */
record ImportColumns(List<String> required, List<String> optional) {
    ImportColumns {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
    }

    List<String> all() {
        return Stream.concat(required.stream(), optional.stream()).toList();
    }

    /** One error on line 1 per unknown or missing column; none when the rows fit the header. */
    List<RowError> check(List<ImportRow> rows) {
        Set<String> used = new LinkedHashSet<>();
        rows.forEach(row -> used.addAll(row.values().keySet()));
        List<RowError> errors = new ArrayList<>();
        for (String column : used) {
            if (!all().contains(column)) {
                errors.add(RowError.on(1, column, ImportErrorCodes.COLUMN_UNKNOWN,
                        "this column is unknown; the columns are " + String.join(", ", all())));
            }
        }
        if (!rows.isEmpty()) {
            for (String column : required) {
                if (!used.contains(column)) {
                    errors.add(RowError.on(1, column, ImportErrorCodes.COLUMN_MISSING,
                            "this required column is missing, or empty on every row"));
                }
            }
        }
        return errors;
    }
}
