package org.tremplin.ui.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.in.TextMatch;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

/**
 * Partners in a list, listed as the port promises (filters, sort then id, pages). Changes go
 * through the domain's own checks, read the details as the use case does and name their version;
 * {@link #changeElsewhere} plays someone else saving first. Schools in {@link #outOfScope} are
 * refused as the use case refuses a manager's request about a school outside their scope.
 */
public final class FakePartnerAdministration implements PartnerAdministration {
    private final FakeRecords<Partner, PartnerId> partners =
            new FakeRecords<>("partner", Partner::id, Partner::version, Partner::withVersion);
    public final FakePages pages = partners.pages;
    public final List<PartnerFilter> filters = new ArrayList<>();
    public final List<SchoolId> outOfScope = new ArrayList<>();

    public Partner add(String legalName, PartnerKind kind, Optional<String> siret, Map<SchoolId, Set<PartnerRole>> roles) {
        Partner partner = new Partner(new PartnerId(UUID.randomUUID()), 0, legalName, kind, siret.map(Siret::new),
                roles);
        return partners.add(partner);
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
        return partners.page(matching, page);
    }

    @Override
    public Partner get(PartnerId id) {
        return partners.get(id);
    }

    public Partner named(String legalName) {
        return partners.first(partner -> partner.legalName().equals(legalName));
    }

    public void changeElsewhere(String legalName, String newLegalName) {
        Partner partner = named(legalName);
        partners.save(partner.amend(newLegalName, partner.kind(), partner.siret()));
    }

    @Override
    public Partner register(PartnerDetails details) {
        return partners.add(read(new PartnerId(UUID.randomUUID()), 0, details));
    }

    @Override
    public Partner amend(PartnerId id, long version, PartnerDetails details) {
        Partner amended = read(id, version, details);
        return partners.update(id, version,
                current -> current.amend(amended.legalName(), amended.kind(), amended.siret()));
    }

    @Override
    public Partner engage(PartnerId id, long version, SchoolId school, Set<PartnerRole> roles) {
        OutOfScopeSchools.refuseIfAmong(outOfScope, school);
        return partners.update(id, version, current -> current.engage(school, roles));
    }

    /** As the use case reads them: every field checked at once, then the partner's own rules. */
    private static Partner read(PartnerId id, long version, PartnerDetails details) {
        var check = new InputCheck();
        check.field(() -> Require.text(details.legalName(), "legalName", Partner.LEGAL_NAME_MAX_LENGTH));
        check.field(() -> Require.present(details.kind(), "kind"));
        Optional<Siret> siret = check.field(() -> details.siret().filter(text -> !text.isBlank()).map(Siret::new));
        check.complete();
        return new Partner(id, version, details.legalName(), details.kind(), siret, Map.of());
    }
}
