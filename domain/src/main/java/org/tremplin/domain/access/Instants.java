package org.tremplin.domain.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How the access records keep instants. */
final class Instants {
    private Instants() {
    }

    /**
     * An instant to the microsecond, the precision a database keeps ({@code DATETIME(6)}), so that
     * a record reads back equal to the one saved.
     */
    static Instant toMicros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
