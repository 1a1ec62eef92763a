package org.tremplin.application.port.out;

import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;

/** The organisations the network works with. A SIRET belongs to one partner (code {@code partner.siret-taken}). */
public interface Partners extends Repository<Partner, PartnerId> {
    Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page);

    /** The legal names of the partners among {@code ids} that exist; an adapter may read them in one go. */
    default Map<PartnerId, String> legalNames(Collection<PartnerId> ids) {
        Map<PartnerId, String> names = new LinkedHashMap<>();
        ids.stream().distinct().forEach(id -> findById(id).ifPresent(partner -> names.put(id, partner.legalName())));
        return names;
    }
}
