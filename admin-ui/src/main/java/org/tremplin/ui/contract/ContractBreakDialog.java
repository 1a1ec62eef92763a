package org.tremplin.ui.contract;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.workstudy.BrokenBy;
import org.tremplin.domain.workstudy.WorkStudyContract;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Records the early end of a contract: its last day and who ended it. The domain checks that the
 * day falls within the contract and that it was not broken already; the change names the version
 * the contract was read at when the dialog opened.
 */
final class ContractBreakDialog extends Dialog {
    private final transient WorkStudyAdministration contracts;
    private final transient Consumer<WorkStudyContract> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();
    private final Paragraph terms = new Paragraph();
    private WorkStudyContract current;

    /** What the fields hold. */
    static final class Typed {
        LocalDate on;
        BrokenBy by;
    }

    private ContractBreakDialog(WorkStudyAdministration contracts, WorkStudyContract current, String describedAs,
                                Consumer<WorkStudyContract> saved) {
        this.contracts = contracts;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation("contract.action.break-off"));
        Paragraph parties = new Paragraph(describedAs);
        parties.setId("break-parties");
        terms.setId("break-terms");
        DatePicker on = FrenchDates.picker(getTranslation("contract.form.broken-on"));
        on.setId("break-on");
        Select<BrokenBy> by = new Select<>();
        by.setLabel(getTranslation("contract.form.broken-by"));
        by.setItems(BrokenBy.values());
        by.setItemLabelGenerator(chosen -> chosen == null ? "" : getTranslation("contract.broken-by." + chosen.name()));
        by.setId("break-by");

        binder.forField(on).bind(typed -> typed.on, (typed, value) -> typed.on = value);
        binder.forField(by).bind(typed -> typed.by, (typed, value) -> typed.by = value);
        form.field("brokenOn", on).field("brokenBy", by);

        add(form.message(), parties, terms, new FormLayout(on, by));
        FormDialogs.addFooter(this, getTranslation("contract.action.break-off"), "break-save", "break-cancel",
                this::save).addThemeVariants(ButtonVariant.LUMO_ERROR);
        showTerms();
    }

    /** Breaks the contract as stored now (read again, with its current version). */
    static ContractBreakDialog breakingOff(WorkStudyAdministration contracts, WorkStudyContract contract,
                                           String describedAs, Consumer<WorkStudyContract> saved) {
        return new ContractBreakDialog(contracts, contracts.get(contract.id()), describedAs, saved);
    }

    private void save() {
        if (!DomainForm.readable(binder)) {
            return;
        }
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        form.submit(() -> contracts.breakOff(current.id(), current.version(), typed.on, typed.by), this::reload)
                .ifPresent(FormDialogs.closingThen(this, saved));
    }

    /**
     * Shows the contract as stored now (amended, or broken by someone else meanwhile), dropping
     * what was typed: only when the user asked for it.
     */
    private void reload() {
        current = contracts.get(current.id());
        Typed stored = new Typed();
        current.breakOff().ifPresent(recorded -> {
            stored.on = recorded.on();
            stored.by = recorded.by();
        });
        binder.readBean(stored);
        showTerms();
        form.clear();
    }

    private void showTerms() {
        terms.setText(getTranslation("contract.form.period", ConsoleFormats.date(current.startDate()),
                ConsoleFormats.date(current.plannedEndDate())));
    }
}
