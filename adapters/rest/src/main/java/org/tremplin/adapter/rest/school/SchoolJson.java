package org.tremplin.adapter.rest.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.school.School;

@Serdeable
public record SchoolJson(String id, long version, String name, String town, String region, String regionName,
                         String departement, String status, @Nullable LocalDate openedOn, @Nullable LocalDate closedOn)
        implements RecordJson {

    static SchoolJson of(School school) {
        return new SchoolJson(school.id().toString(), school.version(), school.name(), school.town(),
                school.region().name(), school.region().frenchName(), school.departement().code(),
                school.status().name(), school.openedOn().orElse(null), school.closedOn().orElse(null));
    }
}
