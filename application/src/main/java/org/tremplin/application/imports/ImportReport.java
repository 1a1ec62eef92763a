package org.tremplin.application.imports;

import java.util.List;

/**
 * What an import found and did.
 *
 * @param rowsRead the rows of the file, header and blank lines excluded
 * @param rowsWritten the rows stored: 0 when validating only, when the file had an error in
 *     {@link ImportMode#ALL_OR_NOTHING}, or when the write itself failed
 * @param errors every error found, in the order of the file; several per row when several values
 *     are wrong
 */
public record ImportReport(int rowsRead, int rowsWritten, List<RowError> errors) {
    public ImportReport {
        if (rowsWritten < 0 || rowsWritten > rowsRead) {
            throw new IllegalArgumentException("rowsWritten must be between 0 and rowsRead");
        }
        errors = List.copyOf(errors);
    }

    public boolean written() {
        return rowsWritten > 0;
    }

    /** No error at all: every row can be (or was) written. */
    public boolean clean() {
        return errors.isEmpty();
    }
}
