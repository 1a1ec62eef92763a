package org.tremplin.archfixture.dependsoncompositionroot.adapter.persistence.memory;

import org.tremplin.archfixture.dependsoncompositionroot.app.Settings;

/**
 * Violation: an adapter reads the composition root's settings. (Reading {@code Settings.CAPACITY}
 * alone would go unnoticed: javac inlines compile-time constants.)
 */
public final class InMemorySchools {
    private final Settings settings;

    public InMemorySchools(Settings settings) {
        this.settings = settings;
    }

    public int capacity() {
        return settings.capacity();
    }
}
