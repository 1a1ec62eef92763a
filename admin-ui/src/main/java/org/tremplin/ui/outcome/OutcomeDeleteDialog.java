package org.tremplin.ui.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.form.DomainForm;

/**
 * Asks before deleting a follow-up, saying which one; the deletion names the version read when the
 * dialog opened, so a follow-up changed meanwhile is not deleted unseen ("Recharger" shows it again).
 */
final class OutcomeDeleteDialog extends Dialog {
    private final transient OutcomeRecording outcomes;
    private final transient Runnable deleted;
    private final DomainForm form = new DomainForm();
    private final Paragraph question = new Paragraph();
    private final String learnerName;
    private EmploymentOutcome current;

    private OutcomeDeleteDialog(OutcomeRecording outcomes, EmploymentOutcome current, String learnerName,
                                Runnable deleted) {
        this.outcomes = outcomes;
        this.deleted = deleted;
        this.learnerName = learnerName;
        setHeaderTitle(getTranslation("outcome.form.delete-title"));
        question.setId("outcome-delete-question");
        add(form.message(), question);
        Button delete = new Button(getTranslation("outcome.action.delete"), click -> delete());
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        delete.setId("outcome-delete-confirm");
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("outcome-delete-cancel");
        getFooter().add(cancel, delete);
        show(current);
    }

    /** Asks about the follow-up as stored now (read again, with its version). */
    static OutcomeDeleteDialog asking(OutcomeRecording outcomes, EmploymentOutcome outcome, String learnerName,
                                      Runnable deleted) {
        return new OutcomeDeleteDialog(outcomes, outcomes.get(outcome.id()), learnerName, deleted);
    }

    private void delete() {
        Optional<Boolean> done = form.submit(() -> {
            outcomes.delete(current.id(), current.version());
            return true;
        }, this::reload);
        done.ifPresent(any -> {
            close();
            deleted.run();
        });
    }

    private void reload() {
        show(outcomes.get(current.id()));
        form.clear();
    }

    private void show(EmploymentOutcome outcome) {
        current = outcome;
        question.setText(getTranslation("outcome.form.delete-question", learnerName,
                ConsoleFormats.date(outcome.observedOn()), getTranslation("situation." + outcome.situation().name())));
    }
}
