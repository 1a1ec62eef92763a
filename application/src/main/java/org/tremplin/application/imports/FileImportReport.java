package org.tremplin.application.imports;

import java.util.Objects;
import org.tremplin.application.port.out.TabularFile;

/**
 * What an import of a file found and did, with how the file was read.
 *
 * @param encoding the charset the file was found to be written in
 * @param separator the field separator found in its header
 */
public record FileImportReport(String encoding, char separator, ImportReport report) {
    public FileImportReport {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(report, "report");
    }

    static FileImportReport of(TabularFile file, ImportReport report) {
        return new FileImportReport(file.encoding(), file.separator(), report);
    }
}
