package org.tremplin.application.partner;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.common.InputCheck;
import org.tremplin.domain.error.NotFoundException;
import org.tremplin.application.common.Page;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.support.UseCaseSupport;
import org.tremplin.application.support.VersionedRecords;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.out.Partners;
import org.tremplin.application.port.out.Schools;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.partner.Siret;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.domain.shared.Require;

public final class PartnerAdministrationService implements PartnerAdministration {
    private static final String RECORD = "partner";
    private final Partners partners;
    private final VersionedRecords<Partner, PartnerId> records;
    private final Schools schools;
    private final UseCaseSupport support;

    public PartnerAdministrationService(Partners partners, Schools schools, UseCaseSupport support) {
        this.partners = partners;
        this.records = VersionedRecords.of(support, RECORD, partners, Partner::id, Partner::version);
        this.schools = schools;
        this.support = support;
    }

    @Override
    public Partner register(PartnerDetails details) {
        support.require(Permission.MANAGE_NETWORK);
        Partner partner = read(new PartnerId(support.newId()), 0, details);
        return records.add("partner.registered", () -> partner);
    }

    @Override
    public Partner amend(PartnerId id, long version, PartnerDetails details) {
        Actor actor = support.require(Permission.MANAGE_NETWORK);
        // A partner is shared by the schools it works with: only network-wide callers rename it.
        actor.requireWholeNetwork();
        Partner amended = read(id, version, details);
        return records.change("partner.amended", () -> records.find(id), version,
                current -> current.amend(amended.legalName(), amended.kind(), amended.siret()));
    }

    @Override
    public Partner engage(PartnerId id, long version, SchoolId school, Set<PartnerRole> roles) {
        Actor actor = support.require(Permission.MANAGE_NETWORK);
        actor.requireSchool(school);
        return records.change("partner.engaged", () -> {
            schools.findById(school).orElseThrow(() -> new NotFoundException("school", school));
            return records.find(id);
        }, version, current -> current.engage(school, roles));
    }

    @Override
    public Partner get(PartnerId id) {
        return support.readWith(Permission.READ_NETWORK, _ -> records.find(id));
    }

    @Override
    public Page<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort, PageRequest page) {
        return support.readWith(Permission.READ_NETWORK, _ -> partners.list(filter, sort, page));
    }

    private static Partner read(PartnerId id, long version, PartnerDetails details) {
        var check = new InputCheck();
        check.field(() -> Require.text(details.legalName(), "legalName", Partner.LEGAL_NAME_MAX_LENGTH));
        check.field(() -> Require.present(details.kind(), "kind"));
        Optional<Siret> siret = check.field(() -> Require.present(details.siret(), "siret")
                .filter(text -> !text.isBlank()).map(Siret::new));
        check.complete();
        return new Partner(id, version, details.legalName(), details.kind(), siret, Map.of());
    }
}
