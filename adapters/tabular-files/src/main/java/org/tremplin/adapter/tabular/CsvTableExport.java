package org.tremplin.adapter.tabular;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.port.in.TabularFlavour;

/**
 * The one writer of exports: CSV, a header then rows, streaming, so that a large export never sits
 * in memory whole. Quoting follows RFC 4180 (FastCSV's), and every line ends with CRLF.
 *
 * <p>{@link TabularFlavour#STANDARD} is comma-separated UTF-8 without a byte order mark, for
 * programs; {@link TabularFlavour#EXCEL_FR} is semicolon-separated, because French Excel takes the
 * comma for the decimal separator, and starts with a byte order mark, without which Excel reads the
 * file as Windows-1252 and garbles every accent.
 *
 * <p>Against CSV injection (OWASP, "CSV Injection"): a cell that a spreadsheet would run as a
 * formula, one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return, is written with a single quote before it, so that the spreadsheet shows it as text.
 * A plain number such as {@code -12} or {@code -3,5} is the one exception: it is data, never a
 * formula, and prefixing it would turn every negative figure into text. So {@code -2+3} is
 * prefixed, {@code -2.5} is not. The quote is part of the value: reading the file back gives
 * {@code '=...}, as a spreadsheet would show it.
 */
public final class CsvTableExport implements TableExport {
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Writes {@code header} then every row, each with as many cells as the header (a null cell is
     * written empty), then closes the stream of rows but not {@code out}, which belongs to the
     * caller (a servlet response, say): it is flushed.
     *
     * @throws IllegalArgumentException when a row has another number of cells than the header
     * @throws UncheckedIOException when {@code out} refuses the write
     */
    @Override
    public void write(OutputStream out, TabularFlavour flavour, List<String> header, Stream<List<String>> rows) {
        Objects.requireNonNull(out, "out");
        try (rows) {
            if (flavour == TabularFlavour.EXCEL_FR) {
                out.write(UTF_8_BOM);
            }
            // Not closed: closing it would close out.
            CsvWriter csv = CsvWriter.builder().fieldSeparator(separatorOf(flavour)).lineDelimiter(LineDelimiter.CRLF)
                    .build(out, StandardCharsets.UTF_8);
            writeRow(csv, header, header.size());
            rows.forEach(row -> writeRow(csv, row, header.size()));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static char separatorOf(TabularFlavour flavour) {
        return switch (flavour) {
            case STANDARD -> ',';
            case EXCEL_FR -> ';';
        };
    }

    private static void writeRow(CsvWriter csv, List<String> cells, int columns) {
        if (cells.size() != columns) {
            throw new IllegalArgumentException("a row has " + cells.size() + " cells; the header has " + columns);
        }
        csv.writeRecord(cells.stream().map(CsvTableExport::neutralised).toList());
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
}
