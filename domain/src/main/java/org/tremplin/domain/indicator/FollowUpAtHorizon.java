package org.tremplin.domain.indicator;

import java.util.Objects;
import java.util.Optional;

/**
 * The figures at one horizon, and, when they are for one leaving year too small to publish (a
 * denominator under {@value Rate#MIN_PUBLISHABLE_DENOMINATOR}), the same figures pooled over that
 * year and the year before, as InserJeunes publishes them.
 */
public record FollowUpAtHorizon(FollowUpHorizon horizon, EmploymentSnapshot figures,
                                Optional<EmploymentSnapshot> pooled) {
    public FollowUpAtHorizon {
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(pooled, "pooled");
        if (figures.horizon() != horizon || pooled.filter(p -> p.horizon() != horizon || !p.isPooled()).isPresent()) {
            throw new IllegalArgumentException("the figures and their pooled values are of the same horizon");
        }
    }
}
