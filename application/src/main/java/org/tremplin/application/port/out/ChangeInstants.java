package org.tremplin.application.port.out;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The instant every adapter keeps as a record's last change, for the "updated since" filters: the
 * clock's instant rounded up to the microsecond, the finest a MySQL {@code DATETIME(6)} holds, so
 * that both adapters compare the same values. Rounded up, never down: a record changed at or after
 * an instant is then never missed, whatever the precision of the instant asked for.
 *
 * <p>A write is stamped when it is made, not when its unit of work commits, so it may become
 * visible a moment after its stamp. A client that polls should ask from a little before its previous
 * poll (a few seconds, like the change feed's settle delay), and expect to see some records twice.
 *
 * @see "docs/adr/0006-change-tracking.md"
 */
public final class ChangeInstants {
    private ChangeInstants() {
    }

    public static Instant stamp(Instant instant) {
        Instant whole = instant.truncatedTo(ChronoUnit.MICROS);
        return whole.equals(instant) ? whole : whole.plus(1, ChronoUnit.MICROS);
    }
}
