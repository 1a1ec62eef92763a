package org.tremplin.adapter.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.tremplin.application.port.out.TabularFileWriter;
import org.tremplin.application.port.in.TabularFlavour;

/** Writes tables as CSV with {@link CsvExportWriter}, row by row as the stream gives them. */
public final class CsvTableWriter implements TabularFileWriter {
    @Override
    public void write(OutputStream out, TabularFlavour flavour, List<String> header, Stream<List<String>> rows) {
        // Not closed: closing it would close out, which belongs to the caller (a servlet response, say).
        CsvExportWriter writer = CsvExportWriter.open(out, CsvFlavour.of(flavour), header);
        try (rows) {
            rows.forEach(writer::writeRow);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
