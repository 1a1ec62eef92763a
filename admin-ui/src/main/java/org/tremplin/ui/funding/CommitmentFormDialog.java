package org.tremplin.ui.funding;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.funding.FundingAdministration;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.funding.FundingCommitment;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Money;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/**
 * Commits money (a funder of the school, the school, optionally one of its cohorts, an amount,
 * a year) or amends a commitment's amount and year. The amount is typed as French readers write
 * it, "12 500,00 €"; {@link EuroAmounts} drops the decoration and the domain reads the rest, its
 * verdict shown beside the field. An amendment names the version it was read at.
 */
final class CommitmentFormDialog extends Dialog {
    private final transient FundingAdministration funding;
    private final transient Consumer<FundingCommitment> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();
    private final Paragraph committed = new Paragraph();
    private final Select<School> school;
    private final Select<Cohort> cohort = FundingChoices.cohortField(getTranslation("funding.form.cohort"),
            getTranslation("funding.form.whole-school"));
    private final Select<Partner> funder = new Select<>();
    private final TextField amount = new TextField(getTranslation("funding.column.amount"));
    private final IntegerField year = DomainForm.integerField(getTranslation("funding.column.year"));
    private FundingCommitment current;

    /** What the fields hold. */
    static final class Typed {
        School school;
        Cohort cohort;
        Partner funder;
        String amount = "";
        Integer year = LocalDate.now(ConsoleFormats.PARIS).getYear();

        static Typed of(FundingCommitment commitment) {
            Typed typed = new Typed();
            typed.amount = ConsoleFormats.money(commitment.amount());
            typed.year = commitment.year();
            return typed;
        }
    }

    private CommitmentFormDialog(FundingAdministration funding, FundingChoices choices, FundingCommitment current,
                                 String describedAs, Consumer<FundingCommitment> saved) {
        this.funding = funding;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "funding.action.commit" : "funding.form.amend-title"));
        school = choices.schoolField(getTranslation("funding.column.school"));
        buildParties(choices);
        buildTerms();
        bindFields();
        layOut(describedAs);
        addButtons();
        binder.readBean(current == null ? new Typed() : Typed.of(current));
    }

    /** The school, cohort and funder: the funders and cohorts offered are those of the school chosen. */
    private void buildParties(FundingChoices choices) {
        school.setId("commitment-school");
        cohort.setId("commitment-cohort");
        funder.setLabel(getTranslation("funding.column.funder"));
        funder.setItemLabelGenerator(chosen -> chosen == null ? "" : chosen.legalName());
        funder.setHelperText(getTranslation("funding.form.funder-help"));
        funder.setId("commitment-funder");
        school.addValueChangeListener(change -> {
            funder.setItems(choices.fundersOf(change.getValue()));
            cohort.setItems(choices.cohortsOf(change.getValue()));
        });
    }

    private void buildTerms() {
        amount.setHelperText(getTranslation("funding.form.amount-help"));
        amount.setId("commitment-amount");
        year.setMin(FundingCommitment.FIRST_YEAR);
        year.setMax(FundingCommitment.LAST_YEAR);
        year.setStepButtonsVisible(true);
        year.setId("commitment-year");
        committed.setId("commitment-described");
    }

    private void bindFields() {
        binder.forField(school).bind(typed -> typed.school, (typed, value) -> typed.school = value);
        binder.forField(cohort).bind(typed -> typed.cohort, (typed, value) -> typed.cohort = value);
        binder.forField(funder).bind(typed -> typed.funder, (typed, value) -> typed.funder = value);
        binder.forField(amount).bind(typed -> typed.amount, (typed, value) -> typed.amount = value);
        binder.forField(year).bind(typed -> typed.year, (typed, value) -> typed.year = value);
        form.field("schoolId", school).field("cohortId", cohort).field("funderId", funder).field("amount", amount)
                .field("year", year);
    }

    /** A new commitment names its parties; an amended one shows them ({@code describedAs}), its terms alone change. */
    private void layOut(String describedAs) {
        FormLayout fields = new FormLayout();
        if (current == null) {
            fields.add(school, cohort, funder);
        } else {
            committed.setText(describedAs);
            add(committed);
        }
        fields.add(amount, year);
        add(form.message(), fields);
    }

    private void addButtons() {
        FormDialogs.addFooter(this, getTranslation("form.save"), "commitment-save", "commitment-cancel", this::save);
    }

    static CommitmentFormDialog committing(FundingAdministration funding, FundingChoices choices,
                                           Consumer<FundingCommitment> saved) {
        return new CommitmentFormDialog(funding, choices, null, "", saved);
    }

    /** Amends the commitment as stored now (read again, with its current version). */
    static CommitmentFormDialog amending(FundingAdministration funding, FundingChoices choices,
                                         FundingCommitment commitment, String describedAs,
                                         Consumer<FundingCommitment> saved) {
        return new CommitmentFormDialog(funding, choices, funding.get(commitment.id()), describedAs, saved);
    }

    private void save() {
        if (!DomainForm.readable(binder)) {
            return;
        }
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        String euros = EuroAmounts.forDomain(typed.amount);
        Optional<FundingCommitment> result = current == null
                ? form.submit(() -> commit(typed, euros), null)
                : form.submit(() -> funding.amend(current.id(), current.version(), euros, year(typed)), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /**
     * The school, the funder and the amount are checked together, so that every mistake is said
     * at once beside its field, each as the domain words it.
     */
    private FundingCommitment commit(Typed typed, String amount) {
        var check = new InputCheck();
        School school = check.field(() -> Require.present(typed.school, "schoolId"));
        Partner funder = check.field(() -> Require.present(typed.funder, "funderId"));
        check.field(() -> Money.parse(amount, "amount"));
        check.field(() -> Require.present(typed.year, "year"));
        check.complete();
        return funding.commit(funder.id(), school.id(), Optional.ofNullable(typed.cohort).map(Cohort::id), amount,
                typed.year);
    }

    /** An empty year reads as 0, which the domain refuses beside the field as out of range. */
    private static int year(Typed typed) {
        return typed.year == null ? 0 : typed.year;
    }

    /** Shows the commitment as stored now, dropping what was typed: only when the user asked for it. */
    private void reload() {
        current = funding.get(current.id());
        binder.readBean(Typed.of(current));
        form.clear();
    }
}
