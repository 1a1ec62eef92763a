package org.tremplin.adapter.persistence.jdbc.access;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants as the {@code DATETIME(6)} columns hold them: UTC date-times, whatever the server's or the JVM's zone. */
final class UtcInstants {
    private UtcInstants() {
    }

    static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
