package org.tremplin.ui.cohort;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.cohort.CohortAdministration;
import org.tremplin.application.cohort.CohortDetails;
import org.tremplin.application.common.InputCheck;
import org.tremplin.domain.cohort.Cohort;
import org.tremplin.domain.cohort.CohortCalendar;
import org.tremplin.domain.programme.Programme;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Opens a cohort (a programme at a school) or reschedules one (name, start, seats). The
 * {@link Binder} fills a small form model turned into {@link CohortDetails}; the use case judges
 * the values and whether the user may touch this school, and {@link DomainForm} shows its verdict.
 */
final class CohortFormDialog extends Dialog {
    private final transient CohortAdministration cohorts;
    private final transient Consumer<Cohort> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();
    private final Paragraph calendar = new Paragraph();
    private Cohort current;

    /** What the fields hold. */
    static final class Typed {
        School school;
        Programme programme;
        String name = "";
        LocalDate start;
        Integer seats;

        static Typed of(Cohort cohort) {
            Typed typed = new Typed();
            typed.name = cohort.name();
            typed.start = cohort.startDate();
            typed.seats = cohort.seats();
            return typed;
        }

        /** An empty seat count reads as 0, which the domain refuses beside the field. */
        CohortDetails details() {
            return new CohortDetails(name, start, seats == null ? 0 : seats);
        }
    }

    private CohortFormDialog(CohortAdministration cohorts, Cohort current, List<School> schools,
                             List<Programme> programmes, Consumer<Cohort> saved) {
        this.cohorts = cohorts;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "cohort.action.create" : "cohort.form.reschedule-title"));
        Select<School> school = new Select<>();
        school.setLabel(getTranslation("cohorts.column.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(School::name);
        school.setId("cohort-school");
        Select<Programme> programme = new Select<>();
        programme.setLabel(getTranslation("cohorts.column.programme"));
        programme.setItems(programmes);
        programme.setItemLabelGenerator(Programme::title);
        programme.setId("cohort-programme");
        TextField name = new TextField(getTranslation("cohorts.column.name"));
        name.setMaxLength(Cohort.NAME_MAX_LENGTH);
        name.setId("cohort-name");
        DatePicker start = FrenchDates.picker(getTranslation("cohorts.column.start"));
        start.setId("cohort-start");
        IntegerField seats = DomainForm.integerField(getTranslation("cohorts.column.seats"));
        seats.setId("cohort-seats");
        calendar.setId("cohort-calendar");

        binder.forField(school).bind(typed -> typed.school, (typed, value) -> typed.school = value);
        binder.forField(programme).bind(typed -> typed.programme, (typed, value) -> typed.programme = value);
        binder.forField(name).bind(typed -> typed.name, (typed, value) -> typed.name = value);
        binder.forField(start).bind(typed -> typed.start, (typed, value) -> typed.start = value);
        binder.forField(seats).bind(typed -> typed.seats, (typed, value) -> typed.seats = value);
        form.field("schoolId", school).field("programmeId", programme).field("name", name).field("startDate", start)
                .field("seats", seats);

        FormLayout fields = new FormLayout();
        if (current == null) {
            fields.add(school, programme);
        }
        fields.add(name, start, seats);
        add(form.message(), fields, calendar);
        FormDialogs.addFooter(this, getTranslation("form.save"), "cohort-save", null, this::save);
        show(current);
    }

    static CohortFormDialog opening(CohortAdministration cohorts, List<School> schools, List<Programme> programmes,
                                    Consumer<Cohort> saved) {
        return new CohortFormDialog(cohorts, null, schools, programmes, saved);
    }

    /** Reschedules the cohort as stored now (read again, with its current version). */
    static CohortFormDialog rescheduling(CohortAdministration cohorts, Cohort cohort, Consumer<Cohort> saved) {
        return new CohortFormDialog(cohorts, cohorts.get(cohort.id()), List.of(), List.of(), saved);
    }

    private void save() {
        if (!DomainForm.readable(binder)) {
            return;
        }
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        CohortDetails details = typed.details();
        Optional<Cohort> result = current == null
                ? form.submit(() -> open(typed, details), null)
                : form.submit(() -> cohorts.reschedule(current.id(), current.version(), details), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** A school and a programme must be chosen: said beside both selects at once, as the domain words it. */
    private Cohort open(Typed typed, CohortDetails details) {
        var check = new InputCheck();
        School school = check.field(() -> Require.present(typed.school, "schoolId"));
        Programme programme = check.field(() -> Require.present(typed.programme, "programmeId"));
        check.complete();
        return cohorts.open(school.id(), programme.id(), details);
    }

    private void reload() {
        current = cohorts.get(current.id());
        show(current);
        form.clear();
    }

    private void show(Cohort cohort) {
        binder.readBean(cohort == null ? new Typed() : Typed.of(cohort));
        calendar.setVisible(cohort != null);
        if (cohort != null) {
            CohortCalendar phases = cohort.calendar();
            calendar.setText(getTranslation("cohort.form.calendar",
                    CohortsView.period(phases.centreStart(), phases.centreEnd()),
                    CohortsView.period(phases.workStudyStart(), phases.workStudyEnd())));
        }
    }
}
