package org.tremplin.archfixture.coreusesframeworkannotations.domain;

import jakarta.annotation.Nullable;

/** Violation: a Jakarta annotation on a parameter of a domain class. */
public final class Learner {
    private final String email;

    public Learner(@Nullable String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }
}
