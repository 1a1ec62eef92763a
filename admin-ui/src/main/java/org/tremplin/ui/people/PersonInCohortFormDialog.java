package org.tremplin.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FrenchDates;

/**
 * Takes a person into a cohort on a given day (an application, an enrolment) or corrects that
 * person's details. Applicants and learners are kept by different use cases but typed in the same
 * way, so the form lives here once; each subclass only names its use case, its ids and its words.
 * The use case judges every value and the user's scope; {@link DomainForm} shows its verdict, and
 * a correction names the version it was read at.
 *
 * @param <V> what the use case returns for the person (applicant or learner)
 */
abstract class PersonInCohortFormDialog<V> extends Dialog {
    private final transient Consumer<V> saved;
    private final DomainForm form = new DomainForm();
    private final PersonFields person;
    private final ComboBox<Cohort> cohort;
    private final DatePicker takenOn = FrenchDates.picker("");
    /** The person as last read; null for a new one. */
    private V current;

    /** The words and ids that differ between applicants and learners. */
    record Wording(String idPrefix, String newTitleKey, String correctTitleKey, String cohortLabelKey,
                   String dateLabelKey, String dateIdSuffix, String dateProperty) {
    }

    PersonInCohortFormDialog(Wording wording, V current, CohortChoices cohorts, boolean healthData,
                             Consumer<V> saved) {
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? wording.newTitleKey() : wording.correctTitleKey()));
        cohort = cohorts.field(getTranslation(wording.cohortLabelKey()));
        cohort.setId(wording.idPrefix() + "-cohort");
        takenOn.setLabel(getTranslation(wording.dateLabelKey()));
        takenOn.setId(wording.idPrefix() + "-" + wording.dateIdSuffix());
        person = new PersonFields(wording.idPrefix(), healthData, form);
        form.field("cohortId", cohort).field(wording.dateProperty(), takenOn);

        FormLayout head = new FormLayout();
        if (current == null) {
            head.add(cohort, takenOn);
        }
        add(form.message(), head, person.layout());
        Button save = new Button(getTranslation("form.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(wording.idPrefix() + "-save");
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        cancel.setId(wording.idPrefix() + "-cancel");
        getFooter().add(cancel, save);
        show();
    }

    /** Records a new person in the cohort, taken on the given day. */
    abstract V create(CohortId cohortId, PersonDetails details, LocalDate takenOn);

    /** Corrects the details of the person as read (with the version read). */
    abstract V correct(V read, PersonDetails details);

    /** The person as stored now. */
    abstract V reread(V read);

    /** Fills the person's fields with what was read; called from the constructor, so it uses only its arguments. */
    abstract void show(PersonFields fields, V read);

    private void save() {
        if (!person.readable() || takenOn.isInvalid()) {
            return;
        }
        Optional<V> result = current == null
                ? form.submit(this::createFromFields, null)
                : form.submit(() -> correct(current, person.details()), this::reload);
        result.ifPresent(stored -> {
            close();
            saved.accept(stored);
        });
    }

    /** The cohort must be chosen: said beside it together with the person's mistakes, as the domain words it. */
    private V createFromFields() {
        var check = new InputCheck();
        Cohort chosen = check.field(() -> Require.present(cohort.getValue(), "cohortId"));
        PersonDetails details = check.field(person::details);
        check.complete();
        return create(chosen.id(), details, takenOn.getValue());
    }

    private void reload() {
        current = reread(current);
        show();
        form.clear();
    }

    private void show() {
        if (current == null) {
            person.clear();
        } else {
            show(person, current);
        }
    }
}
