package org.tremplin.archfixture.restusesservice.adapter.rest;

import io.micronaut.http.HttpResponse;
import org.tremplin.archfixture.restusesservice.application.school.SchoolAdministrationService;

/** Violation: the REST API receives the service instead of the inbound port it implements. */
public final class SchoolCountResource {
    private final SchoolAdministrationService service;

    public SchoolCountResource(SchoolAdministrationService service) {
        this.service = service;
    }

    public HttpResponse<Integer> count() {
        return HttpResponse.ok(service.count());
    }
}
