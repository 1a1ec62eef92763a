package org.tremplin.adapter.rest.indicator;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.tremplin.domain.indicator.WholeCohortShares;

/**
 * InserJeunes' display over the whole cohort: every leaver in exactly one of three official
 * shares, whose percentages, when published, add up to exactly 100.0 (rounded together, the
 * leftover tenths going to the largest remainders). All three are suppressed together, below 20
 * leavers.
 *
 * @param salaried       leavers in salaried employment (permanent, fixed-term, temporary agency work)
 * @param furtherStudies leavers in further studies, a new work-study contract included
 * @param other          everyone else: job seeking, inactive, self-employed, situation unknown
 */
@Serdeable
public record WholeCohortSharesJson(RateJson salaried, RateJson furtherStudies, RateJson other) {

    static WholeCohortSharesJson of(WholeCohortShares shares) {
        Optional<List<BigDecimal>> percents = shares.percents();
        return new WholeCohortSharesJson(
                RateJson.officialShare(shares.salariedShare(), percents.map(all -> all.get(0))),
                RateJson.officialShare(shares.furtherStudiesShare(), percents.map(all -> all.get(1))),
                RateJson.officialShare(shares.otherShare(), percents.map(all -> all.get(2))));
    }
}
