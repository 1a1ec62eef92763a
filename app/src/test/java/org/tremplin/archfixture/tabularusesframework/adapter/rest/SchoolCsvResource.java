package org.tremplin.archfixture.tabularusesframework.adapter.rest;

import io.micronaut.http.HttpResponse;
import java.util.List;
import org.tremplin.archfixture.tabularusesframework.adapter.rest.support.Texts;
import org.tremplin.archfixture.tabularusesframework.domain.School;

/** Outside the tabular files adapter: Micronaut is allowed here, must not be reported. */
public final class SchoolCsvResource {
    public HttpResponse<String> export(List<School> schools) {
        return HttpResponse.ok(String.join("\n", schools.stream().map(school -> Texts.trimmed(school.name())).toList()));
    }
}
