package org.tremplin.application.imports;

import java.util.List;
import org.tremplin.application.port.out.TabularFile;

/** The rows of a file read by the file reader, as an import takes them. */
final class FileRows {
    private FileRows() {
    }

    static List<ImportRow> of(TabularFile file) {
        return file.rows().stream().map(row -> new ImportRow(row.line(), row.values())).toList();
    }
}
