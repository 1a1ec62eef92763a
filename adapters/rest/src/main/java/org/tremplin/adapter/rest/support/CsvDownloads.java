package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.function.Function;
import org.tremplin.application.common.AllPages;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.port.in.TabularFlavour;

/**
 * Every list can be downloaded as CSV ({@code Accept: text/csv}): all its pages with the same
 * filters and order, as UTF-8 with commas, or for French Excel ({@code csvFlavour=excel-fr}: semicolons
 * and a byte-order mark).
 */
@Singleton
public final class CsvDownloads {
    public static final MediaType TEXT_CSV = MediaType.of("text/csv");
    private final TableExport tables;

    CsvDownloads(TableExport tables) {
        this.tables = tables;
    }

    public static boolean wanted(@Nullable String accept) {
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
    }

    public <T> HttpResponse<byte[]> all(CsvExport<T> export, Function<PageRequest, Page<T>> fetch,
                                        @Nullable String flavour) {
        TabularFlavour chosen = "excel-fr".equalsIgnoreCase(flavour) ? TabularFlavour.EXCEL_FR : TabularFlavour.STANDARD;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Each page is written as it arrives: only the file's bytes are held, not every row besides.
        tables.write(out, chosen, export.header(), AllPages.of(fetch).map(export.row()));
        return HttpResponse.ok(out.toByteArray())
                .contentType(MediaType.of("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + export.name() + ".csv\"");
    }
}
