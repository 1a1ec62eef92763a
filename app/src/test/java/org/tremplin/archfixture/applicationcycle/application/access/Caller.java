package org.tremplin.archfixture.applicationcycle.application.access;

import org.tremplin.archfixture.applicationcycle.application.common.Refusal;

/** Violation: access -> common ... */
public record Caller(String name) {
    public Refusal refuse() {
        return new Refusal(this);
    }
}
