package org.tremplin.ui.school;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.application.school.SchoolDetails;
import org.tremplin.domain.school.Region;
import org.tremplin.domain.school.School;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Plans a school or changes one. The fields are read into a {@link SchoolDetails} record by a
 * {@link Binder}; the use case judges the values, and {@link DomainForm} shows its verdict.
 * A change names the version it was read at: a save that lost a race asks before reloading.
 */
final class SchoolFormDialog extends Dialog {
    private final transient SchoolAdministration schools;
    private final transient Consumer<School> saved;
    private final TextField name = new TextField();
    private final TextField town = new TextField();
    private final Select<Region> region = new Select<>();
    private final TextField departement = new TextField();
    private final DatePicker plannedOpening;
    private final Binder<SchoolDetails> binder = new Binder<>(SchoolDetails.class);
    private final DomainForm form = new DomainForm();
    /** The school as last read from the use case; null when planning a new one. */
    private School current;

    private SchoolFormDialog(SchoolAdministration schools, School current, Consumer<School> saved) {
        this.schools = schools;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "school.form.plan-title" : "school.form.edit-title"));
        name.setLabel(getTranslation("schools.column.name"));
        name.setMaxLength(School.NAME_MAX_LENGTH);
        name.setId("school-name");
        town.setLabel(getTranslation("schools.column.town"));
        town.setMaxLength(School.TOWN_MAX_LENGTH);
        town.setId("school-town");
        region.setLabel(getTranslation("schools.column.region"));
        region.setItems(Arrays.stream(Region.values()).sorted((a, b) -> a.frenchName().compareTo(b.frenchName())).toList());
        region.setItemLabelGenerator(Region::frenchName);
        region.setId("school-region");
        departement.setLabel(getTranslation("schools.column.departement"));
        departement.setId("school-departement");
        plannedOpening = FrenchDates.picker(getTranslation("school.form.planned-opening"));
        plannedOpening.setId("school-planned-opening");
        plannedOpening.setVisible(current == null);

        binder.forField(name).bind("name");
        binder.forField(town).bind("town");
        binder.forField(region).bind("region");
        binder.forField(departement).bind("departement");
        form.field("name", name).field("town", town).field("region", region).field("departement", departement)
                .field("openedOn", plannedOpening);

        FormLayout fields = new FormLayout(name, town, region, departement, plannedOpening);
        add(form.message(), fields);
        FormDialogs.addFooter(this, getTranslation("form.save"), "school-save", "school-cancel", this::save);
        if (current != null) {
            binder.readRecord(details(current));
        }
    }

    static SchoolFormDialog planning(SchoolAdministration schools, Consumer<School> saved) {
        return new SchoolFormDialog(schools, null, saved);
    }

    /** Edits the school as stored now (read again, with its current version). */
    static SchoolFormDialog editing(SchoolAdministration schools, School school, Consumer<School> saved) {
        return new SchoolFormDialog(schools, schools.get(school.id()), saved);
    }

    private void save() {
        if (plannedOpening.isInvalid() && plannedOpening.getValue() == null) {
            // An unreadable date reads as empty: the picker already says so; do not plan without it.
            return;
        }
        SchoolDetails details = typed();
        Optional<School> result = current == null
                ? form.submit(() -> schools.plan(details, Optional.ofNullable(plannedOpening.getValue())), null)
                : form.submit(() -> schools.change(current.id(), current.version(), details), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** Shows the school as stored now, dropping what was typed: only when the user asked for it. */
    private void reload() {
        current = schools.get(current.id());
        binder.readRecord(details(current));
        form.clear();
    }

    private SchoolDetails typed() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            // The binder has no validators of its own: the use case is the judge.
            throw new IllegalStateException(e);
        }
    }

    private static SchoolDetails details(School school) {
        return new SchoolDetails(school.name(), school.town(), school.region(), school.departement().code());
    }
}
