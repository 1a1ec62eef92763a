package org.tremplin.application.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The result of checking every row of a file: the rows ready to write, and the errors of the others. */
final class RowVerdicts<T> {
    private final List<ReadyRow<T>> ready = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    /** Keeps the row read by {@code reader}, built by {@code value} if it has no error, or its errors. */
    void add(CellReader reader, Supplier<T> value) {
        if (reader.valid()) {
            ready.add(new ReadyRow<>(reader.line(), value.get()));
        } else {
            errors.addAll(reader.errors());
        }
    }

    /** Adds errors found across rows (duplicates), taking their rows out of those ready. */
    void reject(List<RowError> rejections) {
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
