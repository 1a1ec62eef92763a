package org.tremplin.archfixture.restusesservice.adapter.rest;

import io.micronaut.http.HttpResponse;
import org.tremplin.archfixture.restusesservice.application.school.SchoolAdministration;

/** Conforming neighbour: depends on the inbound port only. */
public final class SchoolResource {
    private final SchoolAdministration schools;

    public SchoolResource(SchoolAdministration schools) {
        this.schools = schools;
    }

    public HttpResponse<String> summary() {
        return HttpResponse.ok(schools.count() + " schools");
    }
}
