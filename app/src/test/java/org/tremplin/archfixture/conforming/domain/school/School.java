package org.tremplin.archfixture.conforming.domain.school;

import org.tremplin.archfixture.conforming.domain.shared.Names;

public record School(SchoolId id, String name) {
    public School {
        name = Names.require(name);
    }
}
