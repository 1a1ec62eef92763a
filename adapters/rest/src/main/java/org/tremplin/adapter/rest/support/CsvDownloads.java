package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;
import org.tremplin.adapter.rest.csv.CsvExportWriter;
import org.tremplin.adapter.rest.csv.CsvFlavour;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;

/**
 * Every list can be downloaded as CSV ({@code Accept: text/csv}): all its pages with the same
 * filters and order, as UTF-8 with commas, or for French Excel ({@code csvFlavour=excel-fr}: semicolons
 * and a byte-order mark).
 */
@Singleton
public final class CsvDownloads {
    public static final MediaType TEXT_CSV = MediaType.of("text/csv");

    public static boolean wanted(@Nullable String accept) {
        return accept != null && accept.toLowerCase(java.util.Locale.ROOT).contains("text/csv");
    }

    public <T> HttpResponse<byte[]> all(CsvExport<T> export, Function<PageRequest, Page<T>> fetch,
                                        @Nullable String flavour) {
        CsvFlavour chosen = "excel-fr".equalsIgnoreCase(flavour) ? CsvFlavour.EXCEL_FR : CsvFlavour.STANDARD;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Each page is written as it arrives: only the file's bytes are held, not every row besides.
        try (CsvExportWriter writer = CsvExportWriter.open(out, chosen, export.header())) {
            PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
            Page<T> page;
            do {
                page = fetch.apply(request);
                page.items().forEach(item -> writer.writeRow(export.row().apply(item)));
                request = new PageRequest(request.page() + 1, request.size());
            } while (page.hasNext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(out.toByteArray())
                .contentType(MediaType.of("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + export.name() + ".csv\"");
    }
}
