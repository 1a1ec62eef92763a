package org.tremplin.adapter.rest.partner;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Comparator;
import java.util.List;
import org.tremplin.adapter.rest.support.RecordJson;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;

/** A partner and, school by school, the roles it plays there. */
@Serdeable
public record PartnerJson(String id, long version, String legalName, String kind, @Nullable String siret,
                          List<EngagementJson> engagements) implements RecordJson {

    static PartnerJson of(Partner partner) {
        return new PartnerJson(partner.id().toString(), partner.version(), partner.legalName(), partner.kind().name(),
                partner.siret().map(Siret::value).orElse(null), engagements(partner));
    }

    /** The engagements in a stable order: by school id, each school's roles in their declared order. */
    static List<EngagementJson> engagements(Partner partner) {
        return partner.engagements().entrySet().stream()
                .sorted(Comparator.comparing(entry -> entry.getKey().toString()))
                .map(entry -> new EngagementJson(entry.getKey().toString(),
                        entry.getValue().stream().sorted().map(PartnerRole::name).toList()))
                .toList();
    }

    /** The roles a partner plays for one school. */
    @Serdeable
    public record EngagementJson(String schoolId, List<String> roles) {
    }
}
