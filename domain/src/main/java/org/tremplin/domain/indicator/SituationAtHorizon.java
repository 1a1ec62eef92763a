package org.tremplin.domain.indicator;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.outcome.SituationCategory;

/**
 * One leaver's situation at one horizon, as far as the follow-ups known tell it.
 *
 * @param snapshotOn the day the situation is taken: the leaver counts in reports as of that day or later
 * @param situation  the follow-up that stands for that day, none when no follow-up is near enough
 * @param decidedBy  the day that follow-up was observed: a report as of an earlier day did not know it
 */
public record SituationAtHorizon(FollowUpHorizon horizon, LocalDate snapshotOn, Optional<Situation> situation,
                                 Optional<LocalDate> decidedBy) {
    public SituationAtHorizon {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(snapshotOn, "snapshotOn");
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (situation.isPresent() != decidedBy.isPresent()) {
            throw new IllegalArgumentException("a situation is decided by the day its follow-up was observed");
        }
    }

    public SituationCategory category() {
        return situation.map(Situation::category).orElse(SituationCategory.UNKNOWN);
    }

    /** Whether the leaver counts at this horizon in a report as of {@code asOf}. */
    public boolean isDueBy(LocalDate asOf) {
        return !snapshotOn.isAfter(asOf);
    }
}
