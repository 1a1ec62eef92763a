package org.tremplin.adapter.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tremplin.application.port.in.TabularFlavour;

class CsvTableWriterTest {
    private final CsvTableWriter writer = new CsvTableWriter();

    @Test
    void writes_french_excel_csv_with_a_byte_order_mark_semicolons_and_formulas_neutralised() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(out, TabularFlavour.EXCEL_FR, List.of("nom", "note"),
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

        writer.write(out, TabularFlavour.STANDARD, List.of("a", "b"),
                Stream.of(List.of("1", "x,y")).onClose(() -> rowsClosed.set(true)));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b\r\n1,\"x,y\"\r\n");
        assertThat(rowsClosed).isTrue();
        assertThat(outClosed).isFalse();
    }
}
