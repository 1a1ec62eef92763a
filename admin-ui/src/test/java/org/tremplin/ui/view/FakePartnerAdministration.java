package org.tremplin.ui.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.application.port.out.PartnerFilter;
import org.tremplin.application.port.out.PartnerSortKey;
import org.tremplin.application.port.out.TextMatch;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.school.SchoolId;

/** Partners in a list, listed as the port promises (filters, sort then id, pages); read-only. */
final class FakePartnerAdministration implements PartnerAdministration {
    private final List<Partner> partners = new ArrayList<>();
    final FakePages pages = new FakePages();
    final List<PartnerFilter> filters = new ArrayList<>();

    Partner add(String legalName, PartnerKind kind, Optional<String> siret, Map<SchoolId, Set<PartnerRole>> roles) {
        Partner partner = new Partner(new PartnerId(UUID.randomUUID()), 0, legalName, kind, siret.map(Siret::new),
                roles);
        partners.add(partner);
        return partner;
    }

    @Override
    public Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page) {
        filters.add(filter);
        Comparator<Partner> order = switch (sort.key()) {
            case LEGAL_NAME -> Comparator.comparing(Partner::legalName);
            case KIND -> Comparator.comparing(partner -> partner.kind().name());
        };
        if (!sort.isAscending()) {
            order = order.reversed();
        }
        List<Partner> matching = partners.stream()
                .filter(partner -> filter.kind().map(kind -> kind == partner.kind()).orElse(true))
                .filter(partner -> filter.role().map(role -> filter.school()
                        .map(school -> partner.plays(role, school))
                        .orElse(partner.engagements().values().stream().anyMatch(roles -> roles.contains(role))))
                        .orElse(true))
                .filter(partner -> filter.school().map(school -> partner.engagements().containsKey(school)).orElse(true))
                .filter(partner -> TextMatch.contains(filter.text(), partner.legalName()))
                .sorted(order.thenComparing(partner -> partner.id().value()))
                .toList();
        return pages.page(matching, page);
    }

    @Override
    public Partner get(PartnerId id) {
        return partners.stream().filter(partner -> partner.id().equals(id)).findFirst().orElseThrow();
    }

    @Override
    public Partner register(PartnerDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Partner amend(PartnerId id, long version, PartnerDetails details) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Partner engage(PartnerId id, long version, SchoolId school, Set<PartnerRole> roles) {
        throw new UnsupportedOperationException();
    }
}
