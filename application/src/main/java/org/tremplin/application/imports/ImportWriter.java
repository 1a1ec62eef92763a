package org.tremplin.application.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.domain.error.ErrorKind;
import org.tremplin.domain.error.TremplinException;

/**
 * Finishes an import once every row is checked: writes the ready rows as the mode says, all in one
 * transaction, each through the use case that writes one record (so that each gets that use
 * case's checks and its audit entry), and reports.
 *
 * <p>The checks ran before the transaction: the database may still refuse a row (another person
 * took the same e-mail address in between). Then the whole transaction is rolled back; in
 * {@link ImportMode#VALID_ROWS_ONLY} the row is reported and the others are written again in a new
 * transaction, which ends since every attempt leaves one row out.
 *
 * @see "docs/adr/0005-file-imports.md"
 */
final class ImportWriter<T> {
    private final UseCaseSupport support;
    private final Consumer<T> writeOne;
    private final Map<String, String> columnOfField;

    /**
     * @param writeOne the use case writing one row, joining the transaction under way
     * @param columnOfField the column each field named by an error comes from
     */
    ImportWriter(UseCaseSupport support, Consumer<T> writeOne, Map<String, String> columnOfField) {
        this.support = support;
        this.writeOne = writeOne;
        this.columnOfField = Map.copyOf(columnOfField);
    }

    ImportReport finish(ImportMode mode, int rowsRead, RowVerdicts<T> verdicts) {
        List<RowError> errors = new ArrayList<>(verdicts.errors());
        List<ReadyRow<T>> ready = verdicts.ready();
        int written = switch (mode) {
            case VALIDATE_ONLY -> 0;
            case ALL_OR_NOTHING -> errors.isEmpty() ? writeAll(ready, errors) : 0;
            case VALID_ROWS_ONLY -> writeValid(ready, errors);
        };
        errors.sort(Comparator.comparingInt(RowError::line));
        return new ImportReport(rowsRead, written, errors);
    }

    private int writeAll(List<ReadyRow<T>> rows, List<RowError> errors) {
        Optional<RowError> refusal = write(rows);
        refusal.ifPresent(errors::add);
        return refusal.isPresent() ? 0 : rows.size();
    }

    private int writeValid(List<ReadyRow<T>> rows, List<RowError> errors) {
        List<ReadyRow<T>> remaining = new ArrayList<>(rows);
        Optional<RowError> refusal = write(remaining);
        while (refusal.isPresent()) {
            errors.add(refusal.get());
            int refusedLine = refusal.get().line();
            remaining.removeIf(row -> row.line() == refusedLine);
            refusal = write(remaining);
        }
        return remaining.size();
    }

    /** Writes every row in one transaction, or none: the refusal of the first row refused, if one is. */
    private Optional<RowError> write(List<ReadyRow<T>> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // Which row is being written, for the report should the transaction fail on it.
        var progress = new Object() {
            int line;
            boolean done;
        };
        try {
            support.inOneTransaction(() -> {
                for (ReadyRow<T> row : rows) {
                    progress.line = row.line();
                    writeOne.accept(row.value());
                }
                progress.done = true;
            });
            return Optional.empty();
        } catch (TremplinException refusal) {
            // Before the first row or once every row is written, the failure is no row's: the import fails.
            if (refusal.kind() == ErrorKind.UNAVAILABLE || progress.line == 0 || progress.done) {
                throw refusal;
            }
            return Optional.of(new RowError(progress.line, refusal.field().map(columnOfField::get), refusal.code(),
                    refusal.getMessage()));
        }
    }
}
