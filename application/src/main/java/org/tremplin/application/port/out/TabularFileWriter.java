package org.tremplin.application.port.out;

import org.tremplin.application.port.in.TabularFlavour;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a table as a file (CSV), a header then rows, streaming: the rows are taken from
 * {@code rows} one at a time as they are written, so that a large export never sits in memory
 * whole. A cell a spreadsheet would run as a formula is written so that it shows as text.
 */
public interface TabularFileWriter {
    /**
     * Writes the header and every row, each with as many cells as the header, a null cell empty,
     * then closes the stream of rows but not {@code out}.
     *
     * @throws java.io.UncheckedIOException when {@code out} refuses the write
     */
    void write(OutputStream out, TabularFlavour flavour, List<String> header, Stream<List<String>> rows);
}
