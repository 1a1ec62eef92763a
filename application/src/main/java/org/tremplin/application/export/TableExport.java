package org.tremplin.application.export;

import java.io.OutputStream;
import java.util.List;
import java.util.stream.Stream;
import org.tremplin.application.port.in.TabularFlavour;

/**
 * Inbound port: writes a list the caller has already read (through the use case that lists it, with
 * that use case's permissions and scope) as a file to download. It reads nothing itself, so it
 * needs no permission and no use case: the file adapter implements it directly, and every driving
 * adapter writes its exports with that one writer, which neutralises spreadsheet formulas.
 *
 * @see "docs/adr/0011-tabular-files.md"
 */
public interface TableExport {
    /**
     * Writes {@code header} then every row, taking the rows one at a time (pass a lazy stream,
     * see {@link org.tremplin.application.common.AllPages}); {@code out} is flushed, not closed.
     */
    void write(OutputStream out, TabularFlavour flavour, List<String> header, Stream<List<String>> rows);
}
