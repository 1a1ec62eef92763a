package org.tremplin.domain.testdata;

import java.util.Optional;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;

/** Partners: a funding region (no SIRET) and a host company (with one). */
public final class Partners {
    private Partners() {
    }

    public static Partner region() {
        return Partner.register(Ids.partner(1), "Région Occitanie", PartnerKind.REGION, Optional.empty());
    }

    public static Partner company() {
        return Partner.register(Ids.partner(2), "Google France", PartnerKind.LARGE_COMPANY,
                Optional.of(Sirets.siret()));
    }
}
