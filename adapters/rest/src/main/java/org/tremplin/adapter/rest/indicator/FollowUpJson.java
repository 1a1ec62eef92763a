package org.tremplin.adapter.rest.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.domain.indicator.FollowUpAtHorizon;

/**
 * The leavers' situation at one horizon, as InserJeunes publishes it.
 *
 * @param months  the horizon: 6, 12, 18 or 24 months after leaving
 * @param figures the figures of the leaving year asked, or of every leaver when none was asked
 * @param pooled  when the year asked has too few leavers for its employment rate to be published,
 *                the same figures over that year and the year before ({@code pooled} true,
 *                {@code leavingYears} holding both), as InserJeunes pools them; otherwise null
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FollowUpJson(int months, EmploymentSnapshotJson figures, @Nullable EmploymentSnapshotJson pooled) {

    static FollowUpJson of(FollowUpAtHorizon followUp) {
        return new FollowUpJson(followUp.horizon().months(), EmploymentSnapshotJson.of(followUp.figures()),
                followUp.pooled().map(EmploymentSnapshotJson::of).orElse(null));
    }
}
