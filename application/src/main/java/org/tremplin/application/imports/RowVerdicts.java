package org.tremplin.application.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The result of checking every row of a file: the rows ready to write, and the errors of the others. */
final class RowVerdicts<T> {
    private final List<ReadyRow<T>> ready = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    /**
     * Reads every row with {@code read}, then refuses every row whose key another row has too.
     *
     * @param read       what a row asks for, its errors left in the reader; null when the row cannot
     *                   even tell its key
     * @param keyOf      what no two rows of a file may share
     * @param keyColumn  the column on which a duplicate is reported
     * @param keyInWords the key in words, for the message ("e-mail address")
     */
    static <T, K> RowVerdicts<T> readAll(List<ImportRow> rows, Map<String, String> columnOfField,
                                         Function<CellReader, T> read, Function<T, K> keyOf, String keyColumn,
                                         String keyInWords) {
        RowVerdicts<T> verdicts = new RowVerdicts<>();
        DuplicateRows<K> duplicates = new DuplicateRows<>();
        for (ImportRow row : rows) {
            CellReader reader = new CellReader(row, columnOfField);
            T value = read.apply(reader);
            if (value != null) {
                duplicates.add(keyOf.apply(value), row.line());
            }
            verdicts.add(reader, () -> value);
        }
        verdicts.reject(duplicates.errors(keyColumn, keyInWords));
        return verdicts;
    }

    /** Keeps the row read by {@code reader}, built by {@code value} if it has no error, or its errors. */
    private void add(CellReader reader, Supplier<T> value) {
        if (reader.valid()) {
            ready.add(new ReadyRow<>(reader.line(), value.get()));
        } else {
            errors.addAll(reader.errors());
        }
    }

    /** Adds errors found across rows (duplicates), taking their rows out of those ready. */
    private void reject(List<RowError> rejections) {
        Set<Integer> lines = rejections.stream().map(RowError::line).collect(Collectors.toSet());
        ready.removeIf(row -> lines.contains(row.line()));
        errors.addAll(rejections);
    }

    List<ReadyRow<T>> ready() {
        return List.copyOf(ready);
    }

    /** The errors in the order of the file. */
    List<RowError> errors() {
        return errors.stream().sorted(Comparator.comparingInt(RowError::line)).toList();
    }
}
