package org.tremplin.archfixture.coreusesframeworkannotations.application;

import io.micronaut.core.annotation.NonNull;

/** Violation: a Micronaut annotation on a method of the application layer. */
public final class CloseSchool {
    @NonNull
    public String reason() {
        return "closed";
    }
}
