package org.tremplin.ui.funding;

import com.vaadin.flow.component.select.Select;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.CohortFilter;
import org.tremplin.application.port.in.CohortSortKey;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;

/**
 * What the funding forms offer once a school is chosen: the partners that play the funder role
 * for it and its cohorts, each one page of at most {@link PageRequest#MAX_SIZE} (a school has a
 * handful of funders and cohorts). The schools themselves are those the use case lets the user see.
 */
final class FundingChoices implements Serializable {
    private final List<School> schools;
    private final transient PartnerAdministration partners;
    private final transient CohortAdministration cohorts;

    FundingChoices(List<School> schools, PartnerAdministration partners, CohortAdministration cohorts) {
        this.schools = List.copyOf(schools);
        this.partners = partners;
        this.cohorts = cohorts;
    }

    List<School> schools() {
        return schools;
    }

    /** The schools to choose from, by name. */
    Select<School> schoolField(String label) {
        Select<School> field = new Select<>();
        field.setLabel(label);
        field.setItems(schools);
        field.setItemLabelGenerator(chosen -> chosen == null ? "" : chosen.name());
        return field;
    }

    /**
     * A cohort of the chosen school (the caller fills it from {@link #cohortsOf}); none chosen means
     * the whole school, which the empty choice says in words rather than as a blank.
     */
    static Select<Cohort> cohortField(String label, String wholeSchool) {
        Select<Cohort> field = new Select<>();
        field.setLabel(label);
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(wholeSchool);
        field.setItemLabelGenerator(chosen -> chosen == null ? wholeSchool : chosen.name());
        return field;
    }

    List<Partner> fundersOf(School school) {
        if (school == null) {
            return List.of();
        }
        return partners.list(new PartnerFilter(Optional.of(school.id()), Optional.of(PartnerRole.FUNDER),
                        Optional.empty(), Optional.empty(), Optional.empty()), Sort.ascending(PartnerSortKey.LEGAL_NAME),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    List<Cohort> cohortsOf(School school) {
        if (school == null) {
            return List.of();
        }
        return cohorts.list(new CohortFilter(Optional.of(Set.of(school.id())), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()), Sort.descending(CohortSortKey.START_DATE),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
}
