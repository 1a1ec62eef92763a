package org.tremplin.application.export;

import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.tremplin.application.port.out.TabularFileWriter;
import org.tremplin.application.port.in.TabularFlavour;

/** Hands the export to the file writer: the rows were read, and checked, by the use case that listed them. */
public final class TableExportService implements TableExport {
    private final TabularFileWriter writer;

    public TableExportService(TabularFileWriter writer) {
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    @Override
    public void write(OutputStream out, TabularFlavour flavour, List<String> header, Stream<List<String>> rows) {
        writer.write(out, flavour, header, rows);
    }
}
