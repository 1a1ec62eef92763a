package org.tremplin.archfixture.restcsvusesframework.adapter.rest.csv;

import io.micronaut.http.HttpResponse;

/** Violation: the CSV package builds Micronaut responses. */
public final class CsvDownload {
    private CsvDownload() {
    }

    public static HttpResponse<String> attachment(String csv) {
        return HttpResponse.ok(csv);
    }
}
