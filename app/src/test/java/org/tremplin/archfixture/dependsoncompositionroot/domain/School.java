package org.tremplin.archfixture.dependsoncompositionroot.domain;

import org.tremplin.archfixture.dependsoncompositionroot.app.Settings;

/** Violation: even a method call to the composition root counts. */
public record School(String name) {
    public int capacity() {
        return Settings.defaultCapacity();
    }
}
