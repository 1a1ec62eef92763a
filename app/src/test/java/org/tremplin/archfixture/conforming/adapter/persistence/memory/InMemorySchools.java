package org.tremplin.archfixture.conforming.adapter.persistence.memory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tremplin.archfixture.conforming.application.port.in.SchoolFilter;
import org.tremplin.archfixture.conforming.application.port.out.Schools;
import org.tremplin.archfixture.conforming.domain.school.School;
import org.tremplin.archfixture.conforming.domain.school.SchoolId;

public final class InMemorySchools implements Schools {
    private final Map<SchoolId, School> schools = new ConcurrentHashMap<>();

    @Override
    public List<School> list(SchoolFilter filter) {
        return schools.values().stream()
                .filter(school -> filter.text().map(text -> school.name().contains(text)).orElse(true))
                .toList();
    }

    @Override
    public School save(School school) {
        schools.put(school.id(), school);
        return school;
    }
}
