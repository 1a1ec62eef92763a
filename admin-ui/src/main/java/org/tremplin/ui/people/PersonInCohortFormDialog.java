package org.tremplin.ui.people;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.person.PersonDetails;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortId;
import org.tremplin.domain.person.DisabilityStatus;
import org.tremplin.domain.person.InclusionProfile;
import org.tremplin.domain.person.PersonName;
import org.tremplin.domain.shared.EmailAddress;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Takes a person into a cohort on a given day (an application, an enrolment) or corrects that
 * person's details. Applicants and learners are kept by different use cases but typed in the same
 * way, so the form lives here once; a {@link Kind} names the use case, its ids and its words. The
 * use case judges every value and the user's scope; {@link DomainForm} shows its verdict, and a
 * correction names the version it was read at.
 *
 * @param <V> what the use case returns for the person (applicant or learner)
 */
final class PersonInCohortFormDialog<V> extends Dialog {
    private final transient Kind<V> kind;
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

    /** Records a new person in the cohort, taken on the given day. */
    @FunctionalInterface
    interface TakeOn<V> {
        V takeOn(CohortId cohortId, PersonDetails details, LocalDate takenOn);
    }

    /** What the form shows of a person as read. */
    record Shown(PersonName name, EmailAddress email, InclusionProfile profile, Optional<DisabilityStatus> disability) {
    }

    /**
     * One kind of person in a cohort: its words, and its use case's calls.
     *
     * @param correct corrects the details of the person as read (with the version read)
     * @param reread  the person as stored now
     */
    record Kind<V>(Wording wording, TakeOn<V> takeOn, BiFunction<V, PersonDetails, V> correct,
                   UnaryOperator<V> reread, Function<V, Shown> shown) {
    }

    private PersonInCohortFormDialog(Kind<V> kind, V current, boolean healthData, CohortChoices cohorts,
                                     Consumer<V> saved) {
        this.kind = kind;
        this.saved = saved;
        this.current = current;
        Wording wording = kind.wording();
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
        FormDialogs.addFooter(this, getTranslation("form.save"), wording.idPrefix() + "-save",
                wording.idPrefix() + "-cancel", this::save);
        show();
    }

    /** A new person; the RQTH field is there only if {@code healthData}. */
    static <V> PersonInCohortFormDialog<V> takingOn(Kind<V> kind, CohortChoices cohorts, boolean healthData,
                                                    Consumer<V> saved) {
        return new PersonInCohortFormDialog<>(kind, null, healthData, cohorts, saved);
    }

    /** Corrects the person as stored now (read again, with its version); RQTH only if the use case gives it. */
    static <V> PersonInCohortFormDialog<V> correcting(Kind<V> kind, CohortChoices cohorts, V person,
                                                      Consumer<V> saved) {
        V fresh = kind.reread().apply(person);
        boolean healthData = kind.shown().apply(fresh).disability().isPresent();
        return new PersonInCohortFormDialog<>(kind, fresh, healthData, cohorts, saved);
    }

    private void save() {
        if (!person.readable() || takenOn.isInvalid()) {
            return;
        }
        Optional<V> result = current == null
                ? form.submit(this::createFromFields, null)
                : form.submit(() -> kind.correct().apply(current, person.details()), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** The cohort must be chosen: said beside it together with the person's mistakes, as the domain words it. */
    private V createFromFields() {
        var check = new InputCheck();
        Cohort chosen = check.field(() -> Require.present(cohort.getValue(), "cohortId"));
        PersonDetails details = check.field(person::details);
        check.complete();
        return kind.takeOn().takeOn(chosen.id(), details, takenOn.getValue());
    }

    private void reload() {
        current = kind.reread().apply(current);
        show();
        form.clear();
    }

    private void show() {
        if (current == null) {
            person.clear();
        } else {
            Shown shown = kind.shown().apply(current);
            person.show(shown.name(), shown.email(), shown.profile(), shown.disability());
        }
    }
}
