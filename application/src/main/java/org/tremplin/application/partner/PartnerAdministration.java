package org.tremplin.application.partner;

import java.util.Set;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.SchoolId;

/** Inbound port: partners and the roles they play for each school. */
public interface PartnerAdministration {
    Partner register(PartnerDetails details);

    Partner amend(PartnerId id, long version, PartnerDetails details);

    /** Sets the roles the partner plays for the school; an empty set ends the engagement. */
    Partner engage(PartnerId id, long version, SchoolId school, Set<PartnerRole> roles);

    Partner get(PartnerId id);

    Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page);
}
