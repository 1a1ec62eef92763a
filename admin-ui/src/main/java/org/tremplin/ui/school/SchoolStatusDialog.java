package org.tremplin.ui.school;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.tremplin.application.school.SchoolAdministration;
import org.tremplin.domain.school.School;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/** Opens or closes a school on a date; the domain says whether the school may take that step. */
final class SchoolStatusDialog extends Dialog {
    private final transient SchoolAdministration schools;
    private final transient Consumer<School> saved;
    private final boolean opening;
    private final DatePicker date;
    private final Paragraph status = new Paragraph();
    private final DomainForm form = new DomainForm();
    private School current;

    SchoolStatusDialog(SchoolAdministration schools, School school, boolean opening, Consumer<School> saved) {
        this.schools = schools;
        this.saved = saved;
        this.opening = opening;
        this.current = schools.get(school.id());
        setHeaderTitle(getTranslation(opening ? "school.form.open-title" : "school.form.close-title", current.name()));
        date = FrenchDates.picker(getTranslation(opening ? "school.form.opened-on" : "school.form.closed-on"));
        date.setValue(LocalDate.now(ConsoleFormats.PARIS));
        date.setId("school-status-date");
        form.field(opening ? "openedOn" : "closedOn", date);
        status.setId("school-status-current");
        showStatus();
        add(form.message(), status, date);
        FormDialogs.addFooter(this, getTranslation(opening ? "school.action.open" : "school.action.close"),
                "school-status-save", null, this::save);
    }

    private void save() {
        LocalDate on = date.getValue();
        form.submit(() -> opening ? schools.open(current.id(), current.version(), on)
                : schools.close(current.id(), current.version(), on), this::reload)
                        .ifPresent(FormDialogs.closingThen(this, saved));
    }

    private void reload() {
        current = schools.get(current.id());
        form.clear();
        showStatus();
    }

    private void showStatus() {
        status.setText(getTranslation("school.form.current-status", getTranslation("school.status." + current.status().name())));
    }
}
