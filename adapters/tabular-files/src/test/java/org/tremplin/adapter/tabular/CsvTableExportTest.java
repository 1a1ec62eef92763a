package org.tremplin.adapter.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.tremplin.application.port.in.TabularFlavour;
import org.junit.jupiter.api.Test;

class CsvTableExportTest {
    private final CsvTableExport export = new CsvTableExport();

    @Test
    void writes_rfc_4180_utf8_with_commas_and_no_byte_order_mark() {
        var out = new ByteArrayOutputStream();

        export.write(out, TabularFlavour.STANDARD, List.of("name", "note"),
                Stream.of(List.of("Zoé", "a,b"), List.of("say \"hi\"", "")));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name,note\r\nZoé,\"a,b\"\r\n\"say \"\"hi\"\"\",\r\n");
    }

    @Test
    void writes_for_french_excel_with_semicolons_after_a_byte_order_mark() {
        var out = new ByteArrayOutputStream();

        export.write(out, TabularFlavour.EXCEL_FR, List.of("name", "amount"), Stream.of(List.of("Zoé", "12,50")));

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("name;amount\r\nZoé;12,50\r\n");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        assertThat(CsvTableExport.neutralised("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvTableExport.neutralised("+33 6 12 34 56 78")).isEqualTo("'+33 6 12 34 56 78");
        assertThat(CsvTableExport.neutralised("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvTableExport.neutralised("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvTableExport.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvTableExport.neutralised("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvTableExport.neutralised("-")).isEqualTo("'-");
    }

    @Test
    void plain_numbers_and_ordinary_text_are_written_as_they_are() {
        assertThat(CsvTableExport.neutralised("-12")).isEqualTo("-12");
        assertThat(CsvTableExport.neutralised("-3,5")).isEqualTo("-3,5");
        assertThat(CsvTableExport.neutralised("-2.25")).isEqualTo("-2.25");
        assertThat(CsvTableExport.neutralised("Jean-Pierre = chef")).isEqualTo("Jean-Pierre = chef");
        assertThat(CsvTableExport.neutralised(null)).isEmpty();
    }

    @Test
    void the_neutralised_cell_is_the_one_written() {
        var out = new ByteArrayOutputStream();

        export.write(out, TabularFlavour.STANDARD, List.of("a"), Stream.of(List.of("=1+1"), List.of("-1")));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\r\n'=1+1\r\n-1\r\n");
    }

    @Test
    void a_row_must_have_as_many_cells_as_the_header_has_columns() {
        assertThatThrownBy(() -> export.write(new ByteArrayOutputStream(), TabularFlavour.STANDARD, List.of("a", "b"),
                Stream.of(List.of("only one")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writes_french_excel_csv_with_a_byte_order_mark_semicolons_and_formulas_neutralised() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.write(out, TabularFlavour.EXCEL_FR, List.of("nom", "note"),
                Stream.of(List.of("Zoé", "=HYPERLINK(\"x\")"), List.of("Léa", "-3,5")));

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("nom;note\r\nZoé;\"'=HYPERLINK(\"\"x\"\")\"\r\nLéa;-3,5\r\n");
    }

    @Test
    void writes_standard_csv_and_closes_the_rows_but_not_the_output() {
        AtomicBoolean rowsClosed = new AtomicBoolean();
        AtomicBoolean outClosed = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                outClosed.set(true);
            }
        };

        export.write(out, TabularFlavour.STANDARD, List.of("a", "b"),
                Stream.of(List.of("1", "x,y")).onClose(() -> rowsClosed.set(true)));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\n1,\"x,y\"\r\n");
        assertThat(rowsClosed).isTrue();
        assertThat(outClosed).isFalse();
    }
}
