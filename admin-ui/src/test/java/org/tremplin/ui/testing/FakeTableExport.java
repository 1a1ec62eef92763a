package org.tremplin.ui.testing;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.port.in.TabularFlavour;

/**
 * Keeps what it was asked to write, and writes it as plain lines, cells joined by {@code |}: the
 * CSV itself (separator, byte order mark, formulas) is the tabular files adapter's, tested there.
 */
public final class FakeTableExport implements TableExport {
    public TabularFlavour flavour;
    public List<String> header;
    public final List<List<String>> rows = new ArrayList<>();

    @Override
    public void write(OutputStream out, TabularFlavour flavour, List<String> header, Stream<List<String>> rows) {
        this.flavour = flavour;
        this.header = header;
        this.rows.clear();
        PrintStream text = new PrintStream(out, true, StandardCharsets.UTF_8);
        text.print(String.join("|", header) + "\n");
        try (rows) {
            rows.forEach(row -> {
                this.rows.add(row);
                text.print(String.join("|", row) + "\n");
            });
        }
        text.flush();
    }
}
