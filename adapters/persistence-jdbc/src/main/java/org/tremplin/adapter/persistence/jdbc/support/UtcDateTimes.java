package org.tremplin.adapter.persistence.jdbc.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.ZoneOffset;
import org.tremplin.application.port.out.ChangeInstants;

/**
 * Instants in {@code DATETIME(6)} columns, which hold UTC date-times, exchanged with the driver as
 * text ({@code 2026-07-14 10:15:30.654321}). Text is exact on every server: as a timestamp the
 * value would shift into the JVM's time zone, and as a {@link LocalDateTime} mysql-connector-j
 * drops the microseconds on MariaDB 10 (Debian 12's server), which it takes for MySQL 5.5.
 */
public final class UtcDateTimes {
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
    /** What the driver reads back: the fraction only when there is one, with as many digits as it needs. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private UtcDateTimes() {
    }

    /** The {@code updated_at} of a row written now: the clock's instant as {@link ChangeInstants} rounds it. */
    public static String stampOf(Clock clock) {
        return text(ChangeInstants.stamp(clock.instant()));
    }

    /**
     * The lowest {@code updated_at} an "updated since {@code since}" filter lets through. Stamps are
     * whole microseconds, so rounding the bound up to one keeps exactly the rows at or after it, and
     * the server never has to round a finer value in its own way.
     */
    public static String lowerBound(Instant since) {
        return text(ChangeInstants.stamp(since));
    }

    public static String text(Instant instant) {
        return instant == null ? null : WRITTEN.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant instant(String text) {
        return text == null ? null : LocalDateTime.parse(text, READ).toInstant(ZoneOffset.UTC);
    }
}
