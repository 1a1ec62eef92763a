package org.tremplin.adapter.rest.change;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.application.change.ChangeFeed;
import org.tremplin.domain.error.ErrorCodes;

/**
 * The change feed: an integrator keeps the last {@code nextCursor} and asks for what changed after
 * it, instead of rescanning every list. Start with {@code after=0}. For network-wide tokens; a
 * token limited to some schools uses the lists' {@code updated-since} filter instead.
 */
@Controller("/api/v1/changes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Change feed")
final class ChangeController {
    private static final int DEFAULT_LIMIT = 100;
    private final ChangeFeed feed;

    ChangeController(ChangeFeed feed) {
        this.feed = feed;
    }

    /** Changes after the cursor, oldest first, at most {@code limit} (1 to 1000, 100 by default). */
    @Get
    ChangePageJson changes(@Nullable @QueryValue String after, @Nullable @QueryValue String limit) {
        Parameters parameters = new Parameters();
        long cursor = 0;
        if (after != null && !after.isBlank()) {
            try {
                cursor = Long.parseLong(after.trim());
            } catch (NumberFormatException e) {
                parameters.reject("after", ErrorCodes.BAD_FORMAT, "after must be a cursor returned as nextCursor");
            }
        }
        int size = parameters.integer("limit", limit).orElse(DEFAULT_LIMIT);
        parameters.complete();
        return ChangePageJson.of(feed.changesAfter(cursor, size));
    }
}
