package org.tremplin.ui.people;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.domain.learner.DropOutReason;
import org.tremplin.domain.learner.LearnerStatus;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Moves a learner along the programme on a given day: into the centre, into work-study, to the
 * diploma, or out (with the reason, from the domain's closed list). The use case judges whether
 * the move is allowed from where the learner stands and refuses a stale version.
 */
final class LearnerStatusDialog extends Dialog {
    private final transient LearnerAdministration learners;
    private final transient Consumer<VisibleLearner> changed;
    private final DomainForm form = new DomainForm();
    private final Select<LearnerStatus> status = new Select<>();
    private final DatePicker on = FrenchDates.picker("");
    private final Select<DropOutReason> reason = new Select<>();
    private final Paragraph where = new Paragraph();
    private VisibleLearner current;

    private LearnerStatusDialog(LearnerAdministration learners, VisibleLearner current, Consumer<VisibleLearner> changed) {
        this.learners = learners;
        this.changed = changed;
        setHeaderTitle(getTranslation("learner.form.status-title", current.name().givenName() + " "
                + current.name().familyName()));
        status.setLabel(getTranslation("learner.form.next-status"));
        status.setItems(LearnerStatus.IN_CENTRE, LearnerStatus.IN_WORK_STUDY, LearnerStatus.GRADUATED,
                LearnerStatus.DROPPED_OUT);
        status.setItemLabelGenerator(value -> value == null ? "" : getTranslation("learner.status." + value.name()));
        status.setId("learner-next-status");
        status.addValueChangeListener(change -> reason.setVisible(change.getValue() == LearnerStatus.DROPPED_OUT));
        on.setLabel(getTranslation("learner.form.status-date"));
        on.setId("learner-status-date");
        on.setValue(LocalDate.now(ConsoleFormats.PARIS));
        reason.setLabel(getTranslation("learner.form.drop-out-reason"));
        reason.setItems(DropOutReason.values());
        reason.setItemLabelGenerator(value -> value == null ? "" : getTranslation("drop-out." + value.name()));
        reason.setId("learner-drop-out-reason");
        reason.setVisible(false);
        where.setId("learner-status-current");
        form.field("status", status).field("centreStartedOn", on).field("workStudyStartedOn", on)
                .field("graduatedOn", on).field("droppedOutOn", on).field("dropOut", status).field("reason", reason);
        add(form.message(), where, new FormLayout(status, on, reason));
        FormDialogs.addFooter(this, getTranslation("form.save"), "learner-status-save", null, this::save);
        show(current);
    }

    /** Moves the learner as stored now (read again, with its version). */
    static LearnerStatusDialog moving(LearnerAdministration learners, VisibleLearner learner,
                                      Consumer<VisibleLearner> changed) {
        return new LearnerStatusDialog(learners, learners.get(learner.id()), changed);
    }

    private void save() {
        if (on.isInvalid()) {
            return;
        }
        LearnerStatus next = status.getValue();
        form.submit(() -> move(next), this::reload).ifPresent(FormDialogs.closingThen(this, changed));
    }

    /** No status chosen: the domain's own "required" message beside the select. */
    private VisibleLearner move(LearnerStatus next) {
        LearnerStatus chosen = Require.present(next, "status");
        return switch (chosen) {
            case IN_CENTRE -> learners.startCentre(current.id(), current.version(), on.getValue());
            case IN_WORK_STUDY -> learners.startWorkStudy(current.id(), current.version(), on.getValue());
            case GRADUATED -> learners.graduate(current.id(), current.version(), on.getValue());
            case DROPPED_OUT -> learners.dropOut(current.id(), current.version(), on.getValue(), reason.getValue());
            case ENROLLED -> throw new IllegalStateException("enrolment is not a move");
        };
    }

    private void reload() {
        show(learners.get(current.id()));
        form.clear();
    }

    private void show(VisibleLearner learner) {
        current = learner;
        where.setText(getTranslation("learner.form.current-status",
                getTranslation("learner.status." + learner.status().name())));
    }
}
