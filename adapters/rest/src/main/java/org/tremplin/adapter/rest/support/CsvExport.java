package org.tremplin.adapter.rest.support;

import java.util.List;
import java.util.function.Function;

/**
 * How a list downloads as CSV: the file's name (without {@code .csv}), its header, and the row of one
 * item, in the header's order.
 */
public record CsvExport<T>(String name, List<String> header, Function<? super T, List<String>> row) {

    public CsvExport {
        header = List.copyOf(header);
    }
}
