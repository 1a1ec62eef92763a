package org.tremplin.adapter.rest.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.tremplin.application.imports.ImportRow;

/**
 * An uploaded CSV file, read.
 *
 * @param charset the charset the file was found to be written in
 * @param separator the field separator found in the header
 * @param rows the rows after the header, blank ones left out
 */
public record CsvUpload(Charset charset, char separator, List<ImportRow> rows) {
    public CsvUpload {
        Objects.requireNonNull(charset, "charset");
        rows = List.copyOf(rows);
    }
}
