package org.tremplin.archfixture.adapterusesadapter.domain.school;

import org.tremplin.archfixture.adapterusesadapter.application.port.out.Schools;

/** Violation: the domain reaches out to an outbound port. */
public record School(String name) {
    public boolean isNameTaken(Schools schools) {
        return schools.exists(name);
    }
}
