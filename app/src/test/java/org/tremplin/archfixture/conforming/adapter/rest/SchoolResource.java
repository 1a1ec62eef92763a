package org.tremplin.archfixture.conforming.adapter.rest;

import io.micronaut.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.tremplin.archfixture.conforming.application.port.in.SchoolFilter;
import org.tremplin.archfixture.conforming.application.school.SchoolAdministration;
import org.tremplin.archfixture.conforming.domain.school.School;

/**
 * Conforming: a REST resource using Micronaut's HTTP types, an inbound port, a filter record from
 * port.out. No {@code @Controller}: see the package-info of archfixture.
 */
public final class SchoolResource {
    private final SchoolAdministration schools;

    public SchoolResource(SchoolAdministration schools) {
        this.schools = schools;
    }

    public HttpResponse<List<String>> list(Optional<String> text) {
        return HttpResponse.ok(schools.list(new SchoolFilter(text)).stream().map(School::name).toList());
    }
}
