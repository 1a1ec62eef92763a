package org.tremplin.application.port.out;

import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;

/** The organisations the network works with. A SIRET belongs to one partner (code {@code partner.siret-taken}). */
public interface Partners extends Repository<Partner, PartnerId> {
    Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page);
}
