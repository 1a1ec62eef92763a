package org.tremplin.ui.people;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.VisibleApplicant;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.domain.applicant.SelectionStage;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Moves an applicant to another stage of the selection on a given day; choosing "enrolment" enrols
 * them (the use case creates the learner) and a notification leads to the learners. The stages
 * offered are those the domain allows from where the applicant stands; the use case still judges.
 */
final class ApplicantStageDialog extends Dialog {
    private final transient ApplicantSelection applicants;
    private final transient Runnable changed;
    private final DomainForm form = new DomainForm();
    private final Select<SelectionStage> stage = new Select<>();
    private final DatePicker on = FrenchDates.picker("");
    private final Paragraph where = new Paragraph();
    private VisibleApplicant current;

    private ApplicantStageDialog(ApplicantSelection applicants, VisibleApplicant current, Runnable changed) {
        this.applicants = applicants;
        this.changed = changed;
        setHeaderTitle(getTranslation("applicant.form.move-title", current.name().givenName() + " "
                + current.name().familyName()));
        stage.setLabel(getTranslation("applicant.form.next-stage"));
        stage.setItemLabelGenerator(value -> value == null ? "" : getTranslation("applicant.stage." + value.name()));
        stage.setId("applicant-stage");
        on.setLabel(getTranslation("applicant.form.stage-date"));
        on.setId("applicant-stage-date");
        on.setValue(LocalDate.now(ConsoleFormats.PARIS));
        where.setId("applicant-stage-current");
        form.field("stage", stage).field("date", on).field("enrolledOn", on);
        add(form.message(), where, new FormLayout(stage, on));
        FormDialogs.addFooter(this, getTranslation("form.save"), "applicant-stage-save", null, this::save);
        show(current);
    }

    /** Moves the applicant as stored now (read again, with its version). */
    static ApplicantStageDialog moving(ApplicantSelection applicants, VisibleApplicant applicant, Runnable changed) {
        return new ApplicantStageDialog(applicants, applicants.get(applicant.id()), changed);
    }

    private void save() {
        if (on.isInvalid()) {
            return;
        }
        SelectionStage next = stage.getValue();
        if (next == SelectionStage.ENROLLED) {
            form.submit(() -> applicants.enrol(current.id(), current.version(), on.getValue()), this::reload)
                    .ifPresent(this::enrolled);
        } else {
            form.submit(() -> applicants.moveTo(current.id(), current.version(), chosen(next), on.getValue()),
                    this::reload).ifPresent(moved -> done());
        }
    }

    private static SelectionStage chosen(SelectionStage next) {
        var check = new InputCheck();
        SelectionStage value = check.field(() -> Require.present(next, "stage"));
        check.complete();
        return value;
    }

    private void enrolled(VisibleLearner learner) {
        done();
        RouterLink link = new RouterLink(getTranslation("applicant.enrolled.link"), LearnersView.class);
        link.setId("applicant-enrolled-link");
        Notification notification = new Notification();
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        notification.add(new HorizontalLayout(new Paragraph(getTranslation("applicant.enrolled",
                learner.name().givenName() + " " + learner.name().familyName())), link));
        notification.setDuration(8000);
        notification.setPosition(Notification.Position.TOP_CENTER);
        notification.setId("applicant-enrolled");
        link.getElement().addEventListener("click", click -> notification.close());
        notification.open();
    }

    private void done() {
        close();
        changed.run();
    }

    private void reload() {
        show(applicants.get(current.id()));
        form.clear();
    }

    private void show(VisibleApplicant applicant) {
        current = applicant;
        where.setText(getTranslation("applicant.form.current-stage",
                getTranslation("applicant.stage." + applicant.stage().name()),
                ConsoleFormats.date(Optional.of(applicant.history().getLast().on()))));
        stage.setItems(Arrays.stream(SelectionStage.values()).filter(applicant.stage()::canMoveTo).toList());
    }
}
