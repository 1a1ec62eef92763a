package org.tremplin.archfixture.restusesoutboundport.adapter.rest;

import io.micronaut.http.HttpResponse;
import java.util.List;
import org.tremplin.archfixture.restusesoutboundport.application.port.in.SchoolFilter;
import org.tremplin.archfixture.restusesoutboundport.application.port.out.Schools;

/** Violation: the REST API queries an outbound port directly. */
public final class SchoolResource {
    private final Schools schools;

    public SchoolResource(Schools schools) {
        this.schools = schools;
    }

    public HttpResponse<List<String>> list(String text) {
        return HttpResponse.ok(schools.names(new SchoolFilter(text)));
    }
}
