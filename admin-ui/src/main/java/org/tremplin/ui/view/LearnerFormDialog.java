package org.tremplin.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.LearnerView;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FrenchDates;

/**
 * Enrols someone directly in a cohort (no application on record) or corrects a learner's details.
 * The use case judges every value and the user's scope; {@link DomainForm} shows its verdict, and a
 * correction names the version it was read at. The RQTH field is there only when the use case
 * gives the learner's status (or, for a new learner, would take one).
 */
final class LearnerFormDialog extends Dialog {
    private final transient LearnerAdministration learners;
    private final transient Consumer<LearnerView> saved;
    private final DomainForm form = new DomainForm();
    private final PersonFields person;
    private final ComboBox<Cohort> cohort;
    private final DatePicker enrolledOn = FrenchDates.picker("");
    /** The learner as last read; null for a new enrolment. */
    private LearnerView current;

    private LearnerFormDialog(LearnerAdministration learners, LearnerView current, CohortChoices cohorts,
                              boolean healthData, Consumer<LearnerView> saved) {
        this.learners = learners;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "learner.action.enrol" : "learner.form.correct-title"));
        cohort = cohorts.field(getTranslation("learners.column.cohort"));
        cohort.setId("learner-cohort");
        enrolledOn.setLabel(getTranslation("learners.column.enrolled-on"));
        enrolledOn.setId("learner-enrolled-on");
        person = new PersonFields("learner", healthData, form);
        form.field("cohortId", cohort).field("enrolledOn", enrolledOn);

        FormLayout head = new FormLayout();
        if (current == null) {
            head.add(cohort, enrolledOn);
        }
        add(form.message(), head, person.layout());
        Button save = new Button(getTranslation("form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("learner-save");
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("learner-cancel");
        getFooter().add(cancel, save);
        show();
    }

    static LearnerFormDialog enrolling(LearnerAdministration learners, CohortChoices cohorts, boolean healthData,
                                       Consumer<LearnerView> saved) {
        return new LearnerFormDialog(learners, null, cohorts, healthData, saved);
    }

    /** Corrects the learner as stored now (read again, with its version). */
    static LearnerFormDialog correcting(LearnerAdministration learners, CohortChoices cohorts, LearnerView learner,
                                        Consumer<LearnerView> saved) {
        LearnerView fresh = learners.get(learner.id());
        return new LearnerFormDialog(learners, fresh, cohorts, fresh.disability().isPresent(), saved);
    }

    private void save() {
        if (!person.readable() || enrolledOn.isInvalid()) {
            return;
        }
        Optional<LearnerView> result = current == null
                ? form.submit(this::enrol, null)
                : form.submit(() -> learners.correct(current.id(), current.version(), person.details()), this::reload);
        result.ifPresent(learner -> {
            close();
            saved.accept(learner);
        });
    }

    /** The cohort must be chosen: said beside it together with the person's mistakes, as the domain words it. */
    private LearnerView enrol() {
        var check = new InputCheck();
        Cohort chosen = check.field(() -> Require.present(cohort.getValue(), "cohortId"));
        PersonDetails details = check.field(person::details);
        check.complete();
        return learners.enrol(chosen.id(), details, enrolledOn.getValue());
    }

    private void reload() {
        current = learners.get(current.id());
        show();
        form.clear();
    }

    private void show() {
        if (current == null) {
            person.clear();
        } else {
            person.show(current.name(), current.email(), current.profile(), current.disability());
        }
    }
}
