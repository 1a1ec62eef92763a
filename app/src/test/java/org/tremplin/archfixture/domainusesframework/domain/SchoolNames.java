package org.tremplin.archfixture.domainusesframework.domain;

import io.micronaut.core.util.StringUtils;

/** Violation: a Micronaut type in the domain. */
public final class SchoolNames {
    private SchoolNames() {
    }

    public static boolean isBlank(String name) {
        return StringUtils.isEmpty(name);
    }
}
