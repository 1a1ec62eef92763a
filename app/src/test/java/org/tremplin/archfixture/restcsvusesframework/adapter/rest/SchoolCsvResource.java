package org.tremplin.archfixture.restcsvusesframework.adapter.rest;

import io.micronaut.http.HttpResponse;
import java.util.List;
import org.tremplin.archfixture.restcsvusesframework.adapter.rest.csv.SchoolCsv;
import org.tremplin.archfixture.restcsvusesframework.domain.School;

/** Outside the CSV package: Micronaut is allowed here, must not be reported. */
public final class SchoolCsvResource {
    public HttpResponse<String> export(List<School> schools) {
        return HttpResponse.ok(SchoolCsv.write(schools));
    }
}
