package org.tremplin.ui.funding;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.funding.ParityRule;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/**
 * Declares that two funders of a school (or of one of its cohorts) commit equal sums. The use
 * case checks that both are funders of the school and that they differ; {@link DomainForm} shows
 * its verdict beside the funder at fault.
 */
final class ParityFormDialog extends Dialog {
    private final transient FundingAdministration funding;
    private final transient Consumer<ParityRule> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();

    /** What the fields hold. */
    static final class Typed {
        School school;
        Cohort cohort;
        Partner firstFunder;
        Partner secondFunder;
    }

    ParityFormDialog(FundingAdministration funding, FundingChoices choices, School preselected,
                     Consumer<ParityRule> saved) {
        this.funding = funding;
        this.saved = saved;
        setHeaderTitle(getTranslation("funding.action.declare-parity"));
        Select<School> school = choices.schoolField(getTranslation("funding.column.school"));
        school.setId("parity-school");
        Select<Cohort> cohort = FundingChoices.cohortField(getTranslation("funding.form.cohort"),
                getTranslation("funding.form.whole-school"));
        cohort.setId("parity-cohort");
        Select<Partner> first = funderSelect("funding.form.first-funder", "parity-first-funder");
        Select<Partner> second = funderSelect("funding.form.second-funder", "parity-second-funder");
        school.addValueChangeListener(change -> {
            List<Partner> funders = choices.fundersOf(change.getValue());
            first.setItems(funders);
            second.setItems(funders);
            cohort.setItems(choices.cohortsOf(change.getValue()));
        });

        binder.forField(school).bind(typed -> typed.school, (typed, value) -> typed.school = value);
        binder.forField(cohort).bind(typed -> typed.cohort, (typed, value) -> typed.cohort = value);
        binder.forField(first).bind(typed -> typed.firstFunder, (typed, value) -> typed.firstFunder = value);
        binder.forField(second).bind(typed -> typed.secondFunder, (typed, value) -> typed.secondFunder = value);
        // The use case names a funder that is not one of the school's "funderId": said at the top.
        form.field("schoolId", school).field("cohortId", cohort).field("firstFunder", first)
                .field("secondFunder", second);

        add(form.message(), new FormLayout(school, cohort, first, second));
        FormDialogs.addFooter(this, getTranslation("form.save"), "parity-save", "parity-cancel", this::save);
        Typed typed = new Typed();
        typed.school = preselected;
        binder.readBean(typed);
    }

    private Select<Partner> funderSelect(String label, String id) {
        Select<Partner> funder = new Select<>();
        funder.setLabel(getTranslation(label));
        funder.setItemLabelGenerator(chosen -> chosen == null ? "" : chosen.legalName());
        funder.setId(id);
        return funder;
    }

    private void save() {
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        form.submit(() -> declare(typed), null).ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** A school and two funders must be chosen: said beside each select at once, as the domain words it. */
    private ParityRule declare(Typed typed) {
        var check = new InputCheck();
        School school = check.field(() -> Require.present(typed.school, "schoolId"));
        Partner first = check.field(() -> Require.present(typed.firstFunder, "firstFunder"));
        Partner second = check.field(() -> Require.present(typed.secondFunder, "secondFunder"));
        check.complete();
        return funding.declareParity(school.id(), Optional.ofNullable(typed.cohort).map(Cohort::id), first.id(),
                second.id());
    }
}
