package org.tremplin.adapter.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvExportWriterTest {

    @Test
    void writes_rfc_4180_utf8_with_commas_and_no_byte_order_mark() {
        var out = new ByteArrayOutputStream();

        CsvExportWriter.write(out, CsvFlavour.STANDARD, List.of("name", "note"),
                List.of(List.of("Zoé", "a,b"), List.of("say \"hi\"", "")));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("name,note\r\nZoé,\"a,b\"\r\n\"say \"\"hi\"\"\",\r\n");
    }

    @Test
    void writes_for_french_excel_with_semicolons_after_a_byte_order_mark() {
        var out = new ByteArrayOutputStream();

        CsvExportWriter.write(out, CsvFlavour.EXCEL_FR, List.of("name", "amount"), List.of(List.of("Zoé", "12,50")));

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("name;amount\r\nZoé;12,50\r\n");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_written_as_text() {
        assertThat(CsvExportWriter.neutralised("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(CsvExportWriter.neutralised("+33 6 12 34 56 78")).isEqualTo("'+33 6 12 34 56 78");
        assertThat(CsvExportWriter.neutralised("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(CsvExportWriter.neutralised("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvExportWriter.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvExportWriter.neutralised("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvExportWriter.neutralised("-")).isEqualTo("'-");
    }

    @Test
    void plain_numbers_and_ordinary_text_are_written_as_they_are() {
        assertThat(CsvExportWriter.neutralised("-12")).isEqualTo("-12");
        assertThat(CsvExportWriter.neutralised("-3,5")).isEqualTo("-3,5");
        assertThat(CsvExportWriter.neutralised("-2.25")).isEqualTo("-2.25");
        assertThat(CsvExportWriter.neutralised("Jean-Pierre = chef")).isEqualTo("Jean-Pierre = chef");
        assertThat(CsvExportWriter.neutralised(null)).isEmpty();
    }

    @Test
    void the_neutralised_cell_is_the_one_written() {
        var out = new ByteArrayOutputStream();

        CsvExportWriter.write(out, CsvFlavour.STANDARD, List.of("a"), List.of(List.of("=1+1"), List.of("-1")));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\r\n'=1+1\r\n-1\r\n");
    }

    @Test
    void a_row_must_have_as_many_cells_as_the_header_has_columns() {
        var writer = CsvExportWriter.open(new ByteArrayOutputStream(), CsvFlavour.STANDARD, List.of("a", "b"));

        assertThatThrownBy(() -> writer.writeRow(List.of("only one"))).isInstanceOf(IllegalArgumentException.class);
    }
}
