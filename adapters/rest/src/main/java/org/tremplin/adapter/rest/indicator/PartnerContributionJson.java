package org.tremplin.adapter.rest.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import org.tremplin.domain.indicator.IndicatorReport;
import org.tremplin.domain.indicator.PartnerContribution;

/**
 * What one partner company gave the learners; each figure counts learners, not contracts.
 *
 * @param partnerName       the partner's legal name, so that a reader needs no second look-up
 * @param apprenticesHosted learners it hosted under a work-study contract
 * @param hires             learners followed up in a job it pays, a work-study contract included
 */
@Serdeable
public record PartnerContributionJson(String partnerId, @Nullable String partnerName, long apprenticesHosted,
                                      long hires) {

    static PartnerContributionJson of(PartnerContribution contribution, IndicatorReport report) {
        return new PartnerContributionJson(contribution.partnerId().toString(),
                report.partnerName(contribution.partnerId()).orElse(null), contribution.apprenticesHosted(),
                contribution.hires());
    }
}
