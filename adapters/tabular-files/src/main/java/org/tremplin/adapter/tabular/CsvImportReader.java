package org.tremplin.adapter.tabular;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tremplin.application.port.out.TabularFile;
import org.tremplin.application.port.out.TabularFileReader;
import org.tremplin.application.port.in.UnreadableFileException;
import org.tremplin.application.port.in.UnreadableFileException.Reason;

/**
 * Reads an uploaded CSV file into the header and rows an import takes, whichever way a spreadsheet saved it:
 * UTF-8 with or without a byte order mark, or Windows-1252 (see {@link DecodedText}); fields
 * separated by {@code ;} (French Excel), {@code ,} or a tab, as the header line shows.
 *
 * <ul>
 *   <li>Column names are trimmed and lower-cased; the same name twice is refused.</li>
 *   <li>Values are trimmed; an empty value is left out of its row.</li>
 *   <li>Lines that are empty, or hold nothing but separators (Excel writes {@code ;;;} for rows it
 *       once formatted), are skipped; every row keeps the number of the line where it starts in
 *       the file, even when a quoted value spans several lines, so that errors point at the line
 *       a spreadsheet shows.</li>
 *   <li>A row with fewer values than the header has columns lacks the last ones; a row with more
 *       is refused, unless the extra cells are empty.</li>
 * </ul>
 * The parsing is FastCSV's (RFC 4180). How large a file may be is for the caller to decide.
 *
 * @see "docs/adr/0005-file-imports.md"
 */
public final class CsvImportReader implements TabularFileReader {
    /** Candidate separators; on a tie, the first wins: French Excel's, then tab, then RFC 4180's. */
    private static final char[] SEPARATORS = {';', '\t', ','};
    private static final Pattern FASTCSV_LINE = Pattern.compile("record starting at line (\\d+)");

    @Override
    public TabularFile read(byte[] content) {
        Objects.requireNonNull(content, "content");
        DecodedText decoded = DecodedText.of(content);
        String headerLine = firstNonBlankLine(decoded.text());
        char separator = separatorOf(headerLine);
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(separator)
                .skipEmptyLines(true)
                .allowUnclosedQuote(false)
                .trimWhitespacesAroundQuotes(true)
                // Checked here instead, so that only values standing outside every column are refused.
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(decoded.text());
        try (csv) {
            return table(decoded, separator, csv.iterator());
        } catch (CsvParseException unreadable) {
            throw new UnreadableFileException(lineOf(unreadable), Reason.UNCLOSED_QUOTE);
        } catch (IOException impossible) {
            // The reader reads a string: closing it cannot fail.
            throw new UncheckedIOException(impossible);
        }
    }

    private static TabularFile table(DecodedText decoded, char separator, Iterator<CsvRecord> records) {
        CsvRecord headerRecord = nextNonBlank(records);
        if (headerRecord == null) {
            throw new UnreadableFileException(1, Reason.EMPTY);
        }
        List<String> header = header(headerRecord);
        List<TabularFile.Row> rows = new ArrayList<>();
        for (CsvRecord record = nextNonBlank(records); record != null; record = nextNonBlank(records)) {
            rows.add(row(record, header));
        }
        return new TabularFile(decoded.charset().name(), separator, header, rows);
    }

    private static List<String> header(CsvRecord record) {
        int line = lineOf(record);
        List<String> names = record.getFields().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            if (!name.isEmpty() && !seen.add(name)) {
                throw new UnreadableFileException(line, Reason.DUPLICATE_COLUMN);
            }
        }
        return names;
    }

    private static TabularFile.Row row(CsvRecord record, List<String> header) {
        int line = lineOf(record);
        Map<String, String> values = new LinkedHashMap<>();
        List<String> fields = record.getFields();
        for (int column = 0; column < fields.size(); column++) {
            String value = fields.get(column).strip();
            if (value.isEmpty()) {
                continue;
            }
            if (column >= header.size()) {
                throw new UnreadableFileException(line, Reason.TOO_MANY_VALUES);
            }
            if (header.get(column).isEmpty()) {
                throw new UnreadableFileException(line, Reason.VALUE_WITHOUT_COLUMN);
            }
            values.put(header.get(column), value);
        }
        return new TabularFile.Row(line, values);
    }

    /** The next record with a value, or null at the end of the file. */
    private static CsvRecord nextNonBlank(Iterator<CsvRecord> records) {
        while (records.hasNext()) {
            CsvRecord record = records.next();
            if (record.getFields().stream().anyMatch(field -> !field.isBlank())) {
                return record;
            }
        }
        return null;
    }

    private static String firstNonBlankLine(String text) {
        return text.lines().filter(line -> !line.replaceAll("[\\s;,\"]", "").isEmpty()).findFirst()
                .orElseThrow(() -> new UnreadableFileException(1, Reason.EMPTY));
    }

    /** The separator the header line uses most, quoted text aside. */
    static char separatorOf(String headerLine) {
        char best = ',';
        int bestCount = 0;
        for (char separator : SEPARATORS) {
            int count = 0;
            boolean quoted = false;
            for (char c : headerLine.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == separator && !quoted) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = separator;
                bestCount = count;
            }
        }
        return best;
    }

    private static int lineOf(CsvRecord record) {
        return Math.toIntExact(record.getStartingLineNumber());
    }

    /** FastCSV tells the line only in its message; line 1 when it stops saying so. */
    private static int lineOf(CsvParseException unreadable) {
        Matcher line = FASTCSV_LINE.matcher(String.valueOf(unreadable.getMessage()));
        return line.find() ? Integer.parseInt(line.group(1)) : 1;
    }
}
