package org.tremplin.adapter.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.tremplin.application.port.in.TabularFlavour;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.out.TabularFile;
import org.tremplin.application.port.in.UnreadableFileException;
import org.tremplin.application.port.in.UnreadableFileException.Reason;

class CsvImportReaderTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final CsvImportReader READER = new CsvImportReader();

    @Test
    void reads_utf8_separated_by_commas() {
        TabularFile upload = READER.read(utf8("cohort_id,given_name\r\nc-1,Zoé\r\nc-2,Léa\r\n"));

        assertThat(upload.encoding()).isEqualTo("UTF-8");
        assertThat(upload.separator()).isEqualTo(',');
        assertThat(upload.rows()).containsExactly(new TabularFile.Row(2, Map.of("cohort_id", "c-1", "given_name", "Zoé")),
                new TabularFile.Row(3, Map.of("cohort_id", "c-2", "given_name", "Léa")));
    }

    @Test
    void reads_utf8_with_a_byte_order_mark_separated_by_semicolons_and_trims_names_and_values() {
        byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8(" Email ;Given_Name\n a@example.org ; Œdipe \n"));

        TabularFile upload = READER.read(content);

        assertThat(upload.encoding()).isEqualTo("UTF-8");
        assertThat(upload.separator()).isEqualTo(';');
        assertThat(upload.rows()).containsExactly(new TabularFile.Row(2, Map.of("email", "a@example.org",
                "given_name", "Œdipe")));
    }

    @Test
    void reads_windows_1252_as_french_excel_saves_it() {
        byte[] content = "given_name;family_name;note\r\nRené;Lœuvre;10 €\r\nÉlodie;Bœuf;ça va\r\n"
                .getBytes(WINDOWS_1252);

        TabularFile upload = READER.read(content);

        assertThat(upload.encoding()).isEqualTo("windows-1252");
        assertThat(upload.separator()).isEqualTo(';');
        assertThat(upload.rows()).extracting(TabularFile.Row::values).containsExactly(
                Map.of("given_name", "René", "family_name", "Lœuvre", "note", "10 €"),
                Map.of("given_name", "Élodie", "family_name", "Bœuf", "note", "ça va"));
    }

    @Test
    void reads_tab_separated_values() {
        TabularFile upload = READER.read(utf8("a\tb\n1\t2,5\n"));

        assertThat(upload.separator()).isEqualTo('\t');
        assertThat(upload.rows()).containsExactly(new TabularFile.Row(2, Map.of("a", "1", "b", "2,5")));
    }

    @Test
    void the_header_chooses_the_separator_even_when_values_hold_others() {
        TabularFile upload = READER.read(utf8("name;note\nDupont, Jean;3,5\n"));

        assertThat(upload.separator()).isEqualTo(';');
        assertThat(upload.rows().getFirst().values()).isEqualTo(Map.of("name", "Dupont, Jean", "note", "3,5"));
    }

    @Test
    void quoted_values_keep_their_separators_quotes_and_line_breaks_and_a_row_keeps_the_line_it_starts_on() {
        TabularFile upload = READER.read(utf8(
                "a;b\n\"x;y\";\"first line\nsecond line\"\n\"say \"\"hi\"\"\";4\n"));

        assertThat(upload.rows()).containsExactly(
                new TabularFile.Row(2, Map.of("a", "x;y", "b", "first line\nsecond line")),
                new TabularFile.Row(4, Map.of("a", "say \"hi\"", "b", "4")));
    }

    @Test
    void blank_lines_are_skipped_and_line_numbers_stay_those_of_the_file() {
        TabularFile upload = READER.read(utf8("\na;b\r\n\r\n1;2\r\n   \r\n;;\r\n3;4\r\n\r\n"));

        assertThat(upload.rows()).extracting(TabularFile.Row::line).containsExactly(4, 7);
    }

    @Test
    void empty_values_and_missing_last_values_are_absent_from_the_row() {
        TabularFile upload = READER.read(utf8("a;b;c\n1;;3\n4\n"));

        assertThat(upload.rows()).extracting(TabularFile.Row::values).containsExactly(Map.of("a", "1", "c", "3"),
                Map.of("a", "4"));
    }

    @Test
    void a_header_only_file_has_no_rows() {
        TabularFile upload = READER.read(utf8(" A ;b;\r\n"));

        assertThat(upload.header()).containsExactly("a", "b", "");
        assertThat(upload.rows()).isEmpty();
    }

    @Test
    void the_same_column_twice_is_refused_on_the_header_line() {
        assertThatThrownBy(() -> READER.read(utf8("email;given_name; EMAIL\nx;y;z\n")))
                .isInstanceOfSatisfying(UnreadableFileException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(1);
                    assertThat(refused.reason()).isEqualTo(Reason.DUPLICATE_COLUMN);
                    assertThat(refused.field()).contains("file");
                    assertThat(refused.getMessage()).isEqualTo("line 1: a column appears twice in the header");
                });
    }

    @Test
    void a_value_outside_every_column_is_refused_but_empty_extra_cells_are_not() {
        assertThat(READER.read(utf8("a;b;\n1;2;;\n")).rows()).containsExactly(
                new TabularFile.Row(2, Map.of("a", "1", "b", "2")));
        assertThatThrownBy(() -> READER.read(utf8("a;b\n1;2\n3;4;secret\n")))
                .isInstanceOfSatisfying(UnreadableFileException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(3);
                    assertThat(refused.getMessage()).doesNotContain("secret");
                });
        assertThatThrownBy(() -> READER.read(utf8("a;;b\n1;x;2\n")))
                .isInstanceOfSatisfying(UnreadableFileException.class, refused -> assertThat(refused.line()).isEqualTo(2));
    }

    @Test
    void a_quote_left_open_is_refused_on_the_line_where_its_row_starts() {
        assertThatThrownBy(() -> READER.read(utf8("a;b\n1;2\n3;\"never closed\n5;6\n")))
                .isInstanceOfSatisfying(UnreadableFileException.class, refused -> {
                    assertThat(refused.line()).isEqualTo(3);
                    assertThat(refused.reason()).isEqualTo(Reason.UNCLOSED_QUOTE);
                });
        assertThatThrownBy(() -> READER.read(utf8("a;b\n1;\"x\"y\n")))
                .isInstanceOfSatisfying(UnreadableFileException.class, refused -> assertThat(refused.line()).isEqualTo(2));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> READER.read(new byte[0])).isInstanceOfSatisfying(UnreadableFileException.class,
                refused -> assertThat(refused.line()).isEqualTo(1));
        assertThatThrownBy(() -> READER.read(utf8("\r\n ;; \r\n"))).isInstanceOf(UnreadableFileException.class);
    }

    @Test
    void a_file_that_is_not_text_is_refused() {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};
        byte[] neitherCharset = concat(utf8("a;b\n1;2\n"), new byte[] {'x', (byte) 0x81, '\n'});

        assertThatThrownBy(() -> READER.read(xlsx)).isInstanceOf(UnreadableFileException.class);
        assertThatThrownBy(() -> READER.read(neitherCharset))
                .isInstanceOfSatisfying(UnreadableFileException.class, refused -> assertThat(refused.line()).isEqualTo(3));
    }

    @Test
    void reads_back_what_the_export_writer_writes_in_both_flavours() throws Exception {
        List<String> header = List.of("given_name", "family_name", "note");
        List<List<String>> rows = List.of(List.of("Zoé", "L'Œuvre", "a;b,c"), List.of("Ève", "Smith", "two\nlines"),
                List.of("Jo", "\"Quoted\"", "-12"));
        for (TabularFlavour flavour : TabularFlavour.values()) {
            var out = new java.io.ByteArrayOutputStream();
            new CsvTableExport().write(out, flavour, header, rows.stream());

            TabularFile upload = READER.read(out.toByteArray());

            assertThat(upload.encoding()).isEqualTo("UTF-8");
            assertThat(upload.separator()).isEqualTo(CsvTableExport.separatorOf(flavour));
            assertThat(upload.rows()).containsExactly(
                    new TabularFile.Row(2, Map.of("given_name", "Zoé", "family_name", "L'Œuvre", "note", "a;b,c")),
                    new TabularFile.Row(3, Map.of("given_name", "Ève", "family_name", "Smith", "note", "two\nlines")),
                    new TabularFile.Row(5, Map.of("given_name", "Jo", "family_name", "\"Quoted\"", "note", "-12")));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
