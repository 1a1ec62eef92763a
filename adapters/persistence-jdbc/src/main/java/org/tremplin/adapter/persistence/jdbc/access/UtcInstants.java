package org.tremplin.adapter.persistence.jdbc.access;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

/**
 * Instants as the {@code DATETIME(6)} columns hold them: UTC date-times, exchanged with the driver
 * as text ({@code 2026-07-14 10:15:30.654321}). Text is exact on every server: as a timestamp,
 * Micronaut Data would shift the value into the JVM's time zone, and as a {@code LocalDateTime}
 * mysql-connector-j drops the microseconds on MariaDB 10, which it takes for MySQL 5.5.
 */
final class UtcInstants {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    /** What the driver reads back: the fraction only when there is one, with as many digits as it needs. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private UtcInstants() {
    }

    static String column(Instant instant) {
        return instant == null ? null : WRITTEN.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(String column) {
        return column == null ? null : LocalDateTime.parse(column, READ).toInstant(ZoneOffset.UTC);
    }
}
