package org.tremplin.adapter.tabular;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Writes an export as CSV, a header then rows, streaming: a large export never sits in memory
 * whole. Quoting follows RFC 4180 (FastCSV's), and every line ends with CRLF.
 *
 * <p>Against CSV injection (OWASP, "CSV Injection"): a cell that a spreadsheet would run as a
 * formula, one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, is written with a single quote before it, so that the spreadsheet shows it as text.
 * A plain number such as {@code -12} or {@code -3,5} is the one exception: it is data, never a
 * formula, and prefixing it would turn every negative figure into text. So {@code -2+3} is
 * prefixed, {@code -2.5} is not. The quote is part of the value: reading the file back gives
 * {@code '=...}, as a spreadsheet would show it.
 *
 * <p>Closing the writer closes the stream or writer it writes to.
 */
public final class CsvExportWriter implements Closeable, Flushable {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvWriter csv;
    private final int columns;

    private CsvExportWriter(CsvWriter csv, List<String> header) {
        this.csv = csv;
        this.columns = header.size();
        writeRow(header);
    }

    /** Starts an export in UTF-8 on {@code out}, header first. */
    public static CsvExportWriter open(OutputStream out, CsvFlavour flavour, List<String> header) {
        Objects.requireNonNull(out, "out");
        if (flavour.byteOrderMark()) {
            try {
                out.write(UTF_8_BOM);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CsvExportWriter(builder(flavour).build(out, StandardCharsets.UTF_8), header);
    }

    /** Writes a whole export and closes {@code out}. */
    public static void write(OutputStream out, CsvFlavour flavour, List<String> header,
                             Iterable<? extends List<String>> rows) {
        try (CsvExportWriter writer = open(out, flavour, header)) {
            rows.forEach(writer::writeRow);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one row, as many cells as the header has columns; a null cell is written empty.
     *
     * @throws UncheckedIOException when the stream refuses the write
     */
    public CsvExportWriter writeRow(List<String> cells) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("a row has " + cells.size() + " cells; the header has " + columns);
        }
        csv.writeRecord(cells.stream().map(CsvExportWriter::neutralised).toList());
        return this;
    }

    @Override
    public void flush() throws IOException {
        csv.flush();
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }

    /** The cell as it can be written safely: see the class comment. */
    static String neutralised(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        if (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches()) {
            return "'" + cell;
        }
        return cell;
    }

    private static CsvWriter.CsvWriterBuilder builder(CsvFlavour flavour) {
        return CsvWriter.builder().fieldSeparator(flavour.separator()).lineDelimiter(LineDelimiter.CRLF);
    }
}
