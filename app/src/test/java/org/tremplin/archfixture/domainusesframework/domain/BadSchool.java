package org.tremplin.archfixture.domainusesframework.domain;

import io.micronaut.core.annotation.Nullable;

/** Violation: a Micronaut annotation in the domain. */
public class BadSchool {
    @Nullable
    private String name;

    public String name() {
        return name;
    }
}
