package org.tremplin.adapter.rest.change;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import org.tremplin.application.change.ChangePage;

/**
 * What changed after a cursor. {@code nextCursor} goes into the next call's {@code after}; while
 * {@code more} is true there is more to read at once. Each change names the record to fetch again
 * (or to delete, for an action ending in {@code .deleted} or {@code .withdrawn}).
 */
@Serdeable
public record ChangePageJson(List<ChangeJson> changes, String nextCursor, boolean more) {

    @Serdeable
    public record ChangeJson(long sequence, Instant at, String action, String recordType, String recordId) {
    }

    static ChangePageJson of(ChangePage page) {
        return new ChangePageJson(page.changes().stream()
                .map(change -> new ChangeJson(change.sequence(), change.at(), change.action(), change.recordType(),
                        change.recordId()))
                .toList(), Long.toString(page.nextCursor()), page.more());
    }
}
