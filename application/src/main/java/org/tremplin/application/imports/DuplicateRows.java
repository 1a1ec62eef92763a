package org.tremplin.application.imports;

import org.tremplin.domain.error.ErrorCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Finds the rows of a file that describe the same record, by a key such as an e-mail address.
 * Every such row is refused, the first one too: nothing tells which of them is right.
 */
final class DuplicateRows<K> {
    private final Map<K, List<Integer>> linesByKey = new LinkedHashMap<>();

    void add(K key, int line) {
        linesByKey.computeIfAbsent(key, any -> new ArrayList<>()).add(line);
    }

    /**
     * One error per row whose key another row has too, on {@code column}. The message names the
     * other lines, never the key, which may be personal.
     *
     * @param what the key in words, for the message ("e-mail address")
     */
    List<RowError> errors(String column, String what) {
        List<RowError> errors = new ArrayList<>();
        for (List<Integer> lines : linesByKey.values()) {
            if (lines.size() < 2) {
                continue;
            }
            for (int line : lines) {
                List<Integer> others = lines.stream().filter(other -> other != line).toList();
                errors.add(RowError.on(line, column, ErrorCodes.IMPORT_DUPLICATE_IN_FILE,
                        "the same " + what + " is also on line" + (others.size() > 1 ? "s " : " ")
                                + others.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
        return errors;
    }
}
