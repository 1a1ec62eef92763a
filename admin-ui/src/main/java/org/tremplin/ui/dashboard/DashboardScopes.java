package org.tremplin.ui.dashboard;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.in.IndicatorScope;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.domain.school.SchoolId;
import org.tremplin.ui.component.ListFilters;

/**
 * The scopes the dashboard offers a caller: those {@code IndicatorReportingService} would grant
 * them, so that nobody picks a scope only to be refused. A caller limited to some schools gets
 * those schools and their cohorts; the network, its regions and its partners mix schools and are
 * for network-wide callers only. Reference lists are read as one page of at most
 * {@link PageRequest#MAX_SIZE}, as elsewhere in the console (ADR 0009).
 */
final class DashboardScopes {
    /** A scope in the selector, with its label. */
    record Choice(String label, IndicatorScope scope) {
    }

    private final Actor actor;
    private final SchoolAdministration schools;
    private final CohortAdministration cohorts;
    private final PartnerAdministration partners;
    private final Component translator;
    private List<Partner> partnerList;

    DashboardScopes(Actor actor, SchoolAdministration schools, CohortAdministration cohorts,
                    PartnerAdministration partners, Component translator) {
        this.actor = actor;
        this.schools = schools;
        this.cohorts = cohorts;
        this.partners = partners;
        this.translator = translator;
    }

    /** The network, its regions, its schools then its partners, as far as the caller may see them. */
    List<Choice> choices() {
        List<Choice> choices = new ArrayList<>();
        boolean wholeNetwork = actor.schools().isEmpty();
        if (wholeNetwork) {
            choices.add(new Choice(translator.getTranslation("dashboard.scope.network"), new IndicatorScope.Network()));
            for (Region region : Region.values()) {
                choices.add(new Choice(translator.getTranslation("dashboard.scope.region", region.frenchName()),
                        new IndicatorScope.OfRegion(region)));
            }
        }
        for (School school : ListFilters.schools(schools)) {
            if (actor.mayAccess(school.id())) {
                choices.add(new Choice(translator.getTranslation("dashboard.scope.school", school.name()),
                        new IndicatorScope.OfSchool(school.id())));
            }
        }
        if (wholeNetwork && actor.may(Permission.READ_NETWORK)) {
            for (Partner partner : partners()) {
                choices.add(new Choice(translator.getTranslation("dashboard.scope.partner", partner.legalName()),
                        new IndicatorScope.OfPartner(partner.id())));
            }
        }
        return choices;
    }

    /** The partners, by name, for the selector: read once, as the report names the partners it mentions itself. */
    private List<Partner> partners() {
        if (partnerList == null) {
            partnerList = actor.may(Permission.READ_NETWORK)
                    ? partners.list(PartnerFilter.all(), Sort.ascending(PartnerSortKey.LEGAL_NAME),
                            PageRequest.first(PageRequest.MAX_SIZE)).items()
                    : List.of();
        }
        return partnerList;
    }

    /** The cohorts of a school the caller may see, the latest first; none for a caller who may not read them. */
    List<Cohort> cohortsOf(SchoolId school) {
        if (!actor.may(Permission.READ_NETWORK) || !actor.mayAccess(school)) {
            return List.of();
        }
        CohortFilter ofSchool = new CohortFilter(Optional.of(Set.of(school)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        return cohorts.list(ofSchool, Sort.descending(CohortSortKey.START_DATE), PageRequest.first(PageRequest.MAX_SIZE))
                .items();
    }
}
