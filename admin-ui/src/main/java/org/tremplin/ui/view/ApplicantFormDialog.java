package org.tremplin.ui.view;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.applicant.ApplicantSelection;
import org.tremplin.application.applicant.ApplicantView;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FrenchDates;

/**
 * Records an application (cohort, person, day applied) or corrects an applicant's details. The use
 * case judges every value and whether the cohort is in the user's scope; {@link DomainForm} shows
 * its verdict, and a correction names the version it was read at.
 */
final class ApplicantFormDialog extends Dialog {
    private final transient ApplicantSelection applicants;
    private final transient Consumer<ApplicantView> saved;
    private final DomainForm form = new DomainForm();
    private final PersonFields person;
    private final ComboBox<Cohort> cohort;
    private final DatePicker appliedOn = FrenchDates.picker("");
    /** The applicant as last read; null for a new application. */
    private ApplicantView current;

    private ApplicantFormDialog(ApplicantSelection applicants, ApplicantView current, CohortChoices cohorts,
                                boolean healthData, Consumer<ApplicantView> saved) {
        this.applicants = applicants;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "applicant.action.apply" : "applicant.form.correct-title"));
        cohort = cohorts.field(getTranslation("applicants.column.cohort"));
        cohort.setId("applicant-cohort");
        appliedOn.setLabel(getTranslation("applicants.column.applied-on"));
        appliedOn.setId("applicant-applied-on");
        person = new PersonFields("applicant", healthData, form);
        form.field("cohortId", cohort).field("appliedOn", appliedOn);

        FormLayout head = new FormLayout();
        if (current == null) {
            head.add(cohort, appliedOn);
        }
        add(form.message(), head, person.layout());
        Button save = new Button(getTranslation("form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("applicant-save");
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId("applicant-cancel");
        getFooter().add(cancel, save);
        show();
    }

    static ApplicantFormDialog applying(ApplicantSelection applicants, CohortChoices cohorts, boolean healthData,
                                        Consumer<ApplicantView> saved) {
        return new ApplicantFormDialog(applicants, null, cohorts, healthData, saved);
    }

    /** Corrects the applicant as stored now (read again, with its version); RQTH only if the use case gives it. */
    static ApplicantFormDialog correcting(ApplicantSelection applicants, CohortChoices cohorts,
                                          ApplicantView applicant, Consumer<ApplicantView> saved) {
        ApplicantView fresh = applicants.get(applicant.id());
        return new ApplicantFormDialog(applicants, fresh, cohorts, fresh.disability().isPresent(), saved);
    }

    private void save() {
        if (!person.readable() || appliedOn.isInvalid()) {
            return;
        }
        Optional<ApplicantView> result = current == null
                ? form.submit(this::apply, null)
                : form.submit(() -> applicants.correct(current.id(), current.version(), person.details()), this::reload);
        result.ifPresent(applicant -> {
            close();
            saved.accept(applicant);
        });
    }

    /** The cohort must be chosen: said beside it together with the person's mistakes, as the domain words it. */
    private ApplicantView apply() {
        var check = new InputCheck();
        Cohort chosen = check.field(() -> Require.present(cohort.getValue(), "cohortId"));
        PersonDetails details = check.field(person::details);
        check.complete();
        return applicants.apply(chosen.id(), details, appliedOn.getValue());
    }

    private void reload() {
        current = applicants.get(current.id());
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
