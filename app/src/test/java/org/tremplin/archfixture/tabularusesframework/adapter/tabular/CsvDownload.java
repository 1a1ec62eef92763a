package org.tremplin.archfixture.tabularusesframework.adapter.tabular;

import io.micronaut.http.HttpResponse;

/** Violation: the tabular files adapter builds Micronaut responses. */
public final class CsvDownload {
    private CsvDownload() {
    }

    public static HttpResponse<String> attachment(String csv) {
        return HttpResponse.ok(csv);
    }
}
