package org.tremplin.adapter.rest.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.Optional;
import org.tremplin.domain.indicator.Rate;

/**
 * A published rate. Below 20 people it is suppressed: no percentage and no counts, since on a
 * small group either could point to an individual.
 *
 * @param suppressed whether the rate is withheld: fewer than 20 people in its denominator
 * @param percent    the share as a percentage to one decimal, such as 41.7; absent when suppressed
 * @param count      the people counted (the numerator); absent when suppressed
 * @param outOf      the people it is a share of (the denominator); absent when suppressed
 * @param official   true for a rate as InserJeunes (DEPP, DARES) defines it, comparable with the
 *                   official figures; absent for the network's own figures
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record RateJson(boolean suppressed, @Nullable BigDecimal percent, @Nullable Long count, @Nullable Long outOf,
                       @Nullable Boolean official) {

    static RateJson of(Rate rate) {
        return published(rate, rate.percent(), null);
    }

    /** A rate InserJeunes defines: the caller may set it beside the official figures. */
    static RateJson official(Rate rate) {
        return published(rate, rate.percent(), Boolean.TRUE);
    }

    /**
     * One of the official shares that split a whole cohort, with the percentage rounded together
     * with the other shares' (not on its own) so that the published shares add up to 100.0.
     */
    static RateJson officialShare(Rate rate, Optional<BigDecimal> percentRoundedWithTheOthers) {
        return published(rate, percentRoundedWithTheOthers, Boolean.TRUE);
    }

    private static RateJson published(Rate rate, Optional<BigDecimal> percent, @Nullable Boolean official) {
        if (rate.isSuppressed() || percent.isEmpty()) {
            return new RateJson(true, null, null, null, official);
        }
        return new RateJson(false, percent.get(), rate.numerator(), rate.denominator(), official);
    }
}
