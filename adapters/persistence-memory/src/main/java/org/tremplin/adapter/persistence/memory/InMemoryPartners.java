package org.tremplin.adapter.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;

public final class InMemoryPartners extends InMemoryRepository<Partner, PartnerId> implements Partners {
    public InMemoryPartners(InMemoryTransactions transactions) {
        super(new InMemoryRecords<>(new RecordShape<>("partner", Partner::id, Partner::version,
                Partner::withVersion, List.of(new UniqueKey<>("siret", Partner::siret))), transactions));
    }

    @Override
    public Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page) {
        return records.page(filter.updatedSince(),
                partner -> engaged(partner, filter)
                        && Orderings.matches(filter.kind(), partner.kind())
                        && TextMatch.contains(filter.text(), partner.legalName()),
                Orderings.order(sort, InMemoryPartners::by, partner -> partner.id().value()), page);
    }

    private static boolean engaged(Partner partner, PartnerFilter filter) {
        if (filter.school().isPresent()) {
            var roles = partner.rolesAt(filter.school().get());
            return !roles.isEmpty() && filter.role().map(roles::contains).orElse(true);
        }
        return filter.role().map(role -> partner.engagements().values().stream().anyMatch(roles -> roles.contains(role)))
                .orElse(true);
    }

    private static Comparator<Partner> by(PartnerSortKey key) {
        return switch (key) {
            case LEGAL_NAME -> Orderings.text(Partner::legalName);
            case KIND -> Orderings.code(Partner::kind);
        };
    }
}
