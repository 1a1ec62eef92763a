package org.tremplin.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.port.out.Repository;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerId;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;

public abstract class PartnersPortContract extends RepositoryPortContract<Partner, PartnerId> {
    protected PartnersPortContract() {
        super(Partner::id, Partner::version, Partner::withVersion);
    }

    @Override
    protected Repository<Partner, PartnerId> repository() {
        return ports.partners();
    }

    @Override
    protected Partner newRecord() {
        return data.partner(PartnerKind.START_UP, "Start-up " + data.next());
    }

    @Override
    protected Partner changed(Partner partner) {
        return partner.engage(data.savedSchool().id(), Set.of(PartnerRole.WORK_STUDY_HOST, PartnerRole.RECRUITER));
    }

    @Override
    protected Optional<List<Partner>> listUpdatedSince(Instant since) {
        var filter = new PartnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(since));
        var sort = Sort.ascending(PartnerSortKey.LEGAL_NAME);
        return Optional.of(ports.partners().list(filter, sort, PageRequest.first(PageRequest.MAX_SIZE)).items());
    }

    @Test
    void names_the_partners_asked_for_in_one_go_and_skips_unknown_ones() {
        Partner first = ports.partners().save(data.partner(PartnerKind.LARGE_COMPANY, "Capgemini"));
        Partner second = ports.partners().save(data.partner(PartnerKind.SME, "Datalyse"));
        PartnerId unknown = new PartnerId(ContractTestData.newId());

        assertThat(ports.partners().legalNames(List.of(first.id(), second.id(), unknown, first.id())))
                .containsOnly(java.util.Map.entry(first.id(), "Capgemini"), java.util.Map.entry(second.id(), "Datalyse"));
        assertThat(ports.partners().legalNames(List.of())).isEmpty();
    }

    @Test
    void keeps_roles_per_school_and_drops_an_ended_engagement() {
        School castelnau = data.savedSchool();
        School lille = data.savedSchool();
        Partner region = ports.partners().save(data.partner(PartnerKind.REGION, "Région Occitanie")
                .engage(castelnau.id(), Set.of(PartnerRole.FUNDER))
                .engage(lille.id(), Set.of(PartnerRole.FUNDER, PartnerRole.CANDIDATE_SOURCING)));

        assertThat(ports.partners().findById(region.id())).contains(region);
        Partner ended = ports.partners().save(region.engage(lille.id(), Set.of()));
        assertThat(ports.partners().findById(region.id()).orElseThrow().engagements()).containsOnlyKeys(castelnau.id());
        assertThat(ended.rolesAt(lille.id())).isEmpty();
    }

    @Test
    void a_siret_belongs_to_one_partner_but_many_may_have_none() {
        Partner first = ports.partners().save(newRecord());
        Partner sameSiret = Partner.register(new PartnerId(ContractTestData.newId()), "Copy", PartnerKind.SME, first.siret());

        assertThatThrownBy(() -> ports.partners().save(sameSiret)).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo("partner.siret-taken"));
        ports.partners().save(data.partner(PartnerKind.TOWN, "Ville A"));
        ports.partners().save(data.partner(PartnerKind.TOWN, "Ville B"));
        assertThat(ports.partners().count()).isEqualTo(3);
    }

    @Test
    void lists_by_school_role_kind_and_text() {
        School castelnau = data.savedSchool();
        School lille = data.savedSchool();
        Partner region = ports.partners().save(data.partner(PartnerKind.REGION, "Région Occitanie")
                .engage(castelnau.id(), Set.of(PartnerRole.FUNDER)));
        Partner host = ports.partners().save(data.partner(PartnerKind.LARGE_COMPANY, "Capgemini")
                .engage(castelnau.id(), Set.of(PartnerRole.WORK_STUDY_HOST))
                .engage(lille.id(), Set.of(PartnerRole.RECRUITER)));
        Partner idle = ports.partners().save(data.partner(PartnerKind.ASSOCIATION, "Association idle"));
        var byName = Sort.ascending(PartnerSortKey.LEGAL_NAME);

        assertThat(list(new PartnerFilter(Optional.of(castelnau.id()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty()), byName)).containsExactly(host, region);
        assertThat(list(new PartnerFilter(Optional.of(lille.id()), Optional.of(PartnerRole.WORK_STUDY_HOST),
                Optional.empty(), Optional.empty(), Optional.empty()), byName)).isEmpty();
        assertThat(list(new PartnerFilter(Optional.empty(), Optional.of(PartnerRole.RECRUITER), Optional.empty(),
                Optional.empty(), Optional.empty()), byName)).containsExactly(host);
        assertThat(list(new PartnerFilter(Optional.empty(), Optional.empty(), Optional.of(PartnerKind.ASSOCIATION),
                Optional.empty(), Optional.empty()), byName)).containsExactly(idle);
        assertThat(list(new PartnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("region"), Optional.empty()),
                byName)).containsExactly(region);
        assertThat(list(PartnerFilter.all(), Sort.ascending(PartnerSortKey.KIND))).containsExactly(idle, host, region);
    }

    private List<Partner> list(PartnerFilter filter, Sort<PartnerSortKey> sort) {
        return ports.partners().list(filter, sort, PageRequest.first(20)).items();
    }
}
