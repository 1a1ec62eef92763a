package org.tremplin.adapter.rest.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import org.tremplin.domain.indicator.Rate;

/**
 * A published rate. Below 20 people it is suppressed: no percentage and no counts, since on a
 * small group either could point to an individual.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record RateJson(boolean suppressed, @Nullable BigDecimal percent, @Nullable Long count, @Nullable Long outOf) {

    static RateJson of(Rate rate) {
        if (rate.isSuppressed()) {
            return new RateJson(true, null, null, null);
        }
        return new RateJson(false, rate.percent().orElseThrow(), rate.numerator(), rate.denominator());
    }
}
