package org.tremplin.adapter.persistence.jdbc.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.tremplin.application.port.out.ChangeInstants;

/**
 * Instants in {@code DATETIME(6)} columns, which hold UTC date-times: bound as {@link LocalDateTime}
 * so that the driver writes them as they are, whatever the zones of the JVM and of the server.
 */
public final class UtcDateTimes {
    private UtcDateTimes() {
    }

    /** The {@code updated_at} of a row written now: the clock's instant as {@link ChangeInstants} rounds it. */
    public static LocalDateTime stampOf(Clock clock) {
        return of(ChangeInstants.stamp(clock.instant()));
    }

    /**
     * The lowest {@code updated_at} an "updated since {@code since}" filter lets through. Stamps are
     * whole microseconds, so rounding the bound up to one keeps exactly the rows at or after it, and
     * the server never has to round a finer value in its own way.
     */
    public static LocalDateTime lowerBound(Instant since) {
        return of(ChangeInstants.stamp(since));
    }

    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
