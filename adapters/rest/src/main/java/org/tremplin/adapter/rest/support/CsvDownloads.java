package org.tremplin.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
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
        List<List<String>> rows = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
        Page<T> page;
        do {
            page = fetch.apply(request);
            page.items().forEach(item -> rows.add(export.row().apply(item)));
            request = new PageRequest(request.page() + 1, request.size());
        } while (page.hasNext());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExportWriter.write(out, chosen, export.header(), rows);
        return HttpResponse.ok(out.toByteArray())
                .contentType(MediaType.of("text/csv; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + export.name() + ".csv\"");
    }
}
