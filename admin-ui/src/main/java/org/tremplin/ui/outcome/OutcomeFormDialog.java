package org.tremplin.ui.outcome;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.outcome.OutcomeDetails;
import org.tremplin.application.outcome.OutcomeRecording;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.domain.outcome.Employer;
import org.tremplin.domain.outcome.EmploymentOutcome;
import org.tremplin.domain.outcome.Situation;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.PagedFetch;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Records a former learner's situation on a given day, or corrects one. The learner is found by
 * name among those the user may see (the use case narrows the search to their schools), one page
 * at a time; the employer is a partner of the network or a name typed, and its fields show only for
 * situations where the domain allows one. The use case judges the values and that the learner has
 * left; {@link DomainForm} shows its verdict; a correction names the version it was read at.
 */
final class OutcomeFormDialog extends Dialog {
    private static final int FIRST_FOLLOW_UP_MONTHS = 6;
    private static final int SECOND_FOLLOW_UP_MONTHS = 12;
    private final transient OutcomeRecording outcomes;
    private final transient LearnerAdministration learners;
    private final transient PartnerAdministration partners;
    private final transient Consumer<EmploymentOutcome> saved;
    private final DomainForm form = new DomainForm();
    private final ComboBox<VisibleLearner> learner = new ComboBox<>();
    private final Paragraph followUps = new Paragraph();
    private final DatePicker observedOn = FrenchDates.picker("");
    private final Select<Situation> situation = new Select<>();
    private final ComboBox<Partner> employerPartner = new ComboBox<>();
    private final TextField employerName = new TextField();
    private final TextField jobTitle = new TextField();
    /** The outcome as last read; null for a new one. */
    private EmploymentOutcome current;

    private OutcomeFormDialog(OutcomeRecording outcomes, LearnerAdministration learners, PartnerAdministration partners,
                              EmploymentOutcome current, Consumer<EmploymentOutcome> saved) {
        this.outcomes = outcomes;
        this.learners = learners;
        this.partners = partners;
        this.saved = saved;
        setHeaderTitle(getTranslation(current == null ? "outcome.action.record" : "outcome.form.correct-title"));
        buildLearnerField(current == null);
        buildOutcomeFields();
        buildEmployerFields();
        form.field("learnerId", learner).field("observedOn", observedOn).field("situation", situation)
                .field("employer", employerName).field("employerName", employerName)
                .field("employerPartnerId", employerPartner).field("jobTitle", jobTitle);
        layOut();
        addButtons();
        if (current == null) {
            observedOn.setValue(LocalDate.now(ConsoleFormats.PARIS));
            showFollowUps(null);
            showEmployerFields(null);
        } else {
            show(current);
        }
    }

    /** The learner is chosen when recording, and kept when correcting. */
    private void buildLearnerField(boolean recording) {
        learner.setLabel(getTranslation("outcomes.column.learner"));
        learner.setPlaceholder(getTranslation("outcome.form.learner-search"));
        learner.setItems(query -> PagedFetch.fetch(query.getOffset(), query.getLimit(),
                page -> learners.list(new LearnerFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), query.getFilter().filter(text -> !text.isBlank()),
                        Optional.empty()), Sort.ascending(LearnerSortKey.FAMILY_NAME), page)));
        learner.setItemLabelGenerator(OutcomeFormDialog::label);
        learner.setId("outcome-learner");
        learner.setEnabled(recording);
        learner.addValueChangeListener(change -> showFollowUps(change.getValue()));
    }

    private void buildOutcomeFields() {
        followUps.setId("outcome-follow-ups");
        observedOn.setLabel(getTranslation("outcomes.column.observed-on"));
        observedOn.setId("outcome-observed-on");
        situation.setLabel(getTranslation("outcomes.column.situation"));
        situation.setItems(Situation.values());
        situation.setItemLabelGenerator(value -> value == null ? "" : getTranslation("situation." + value.name()));
        situation.setId("outcome-situation");
        situation.addValueChangeListener(change -> showEmployerFields(change.getValue()));
    }

    private void buildEmployerFields() {
        employerPartner.setLabel(getTranslation("outcome.form.employer-partner"));
        employerPartner.setItems(query -> PagedFetch.fetch(query.getOffset(), query.getLimit(),
                page -> partners.list(new PartnerFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                        query.getFilter().filter(text -> !text.isBlank()), Optional.empty()),
                        Sort.ascending(PartnerSortKey.LEGAL_NAME), page)));
        employerPartner.setItemLabelGenerator(Partner::legalName);
        employerPartner.setClearButtonVisible(true);
        employerPartner.setId("outcome-employer-partner");
        employerName.setLabel(getTranslation("outcome.form.employer-name"));
        employerName.setHelperText(getTranslation("outcome.form.employer-name.help"));
        employerName.setMaxLength(Employer.NAME_MAX_LENGTH);
        employerName.setId("outcome-employer-name");
        jobTitle.setLabel(getTranslation("outcomes.column.job-title"));
        jobTitle.setMaxLength(EmploymentOutcome.JOB_TITLE_MAX_LENGTH);
        jobTitle.setId("outcome-job-title");
    }

    private void layOut() {
        FormLayout fields = new FormLayout(learner, followUps, observedOn, situation, employerPartner, employerName,
                jobTitle);
        fields.setColspan(followUps, 2);
        add(form.message(), fields);
    }

    private void addButtons() {
        FormDialogs.addFooter(this, getTranslation("form.save"), "outcome-save", "outcome-cancel", this::save);
    }

    static OutcomeFormDialog recording(OutcomeRecording outcomes, LearnerAdministration learners,
                                       PartnerAdministration partners, Consumer<EmploymentOutcome> saved) {
        return new OutcomeFormDialog(outcomes, learners, partners, null, saved);
    }

    /** Corrects the outcome as stored now (read again, with its version). */
    static OutcomeFormDialog correcting(OutcomeRecording outcomes, LearnerAdministration learners,
                                        PartnerAdministration partners, EmploymentOutcome outcome,
                                        Consumer<EmploymentOutcome> saved) {
        return new OutcomeFormDialog(outcomes, learners, partners, outcomes.get(outcome.id()), saved);
    }

    static String label(VisibleLearner learner) {
        return ConsoleFormats.name(learner.name());
    }

    private void save() {
        if (observedOn.isInvalid()) {
            return;
        }
        Optional<EmploymentOutcome> result = current == null
                ? form.submit(this::record, null)
                : form.submit(() -> outcomes.correct(current.id(), current.version(), details()), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** The learner must be chosen: said beside the search, as the domain words it. */
    private EmploymentOutcome record() {
        var check = new InputCheck();
        VisibleLearner chosen = check.field(() -> Require.present(learner.getValue(), "learnerId"));
        check.complete();
        return outcomes.record(chosen.id(), details());
    }

    /** The employer fields of a situation that names none are not sent: they are hidden, not typed. */
    private OutcomeDetails details() {
        boolean employerShown = employerPartner.isVisible();
        return new OutcomeDetails(observedOn.getValue(), situation.getValue(),
                Optional.ofNullable(employerPartner.getValue()).filter(any -> employerShown).map(Partner::id),
                Optional.of(employerName.getValue().strip()).filter(name -> employerShown && !name.isEmpty()),
                Optional.of(jobTitle.getValue().strip()).filter(title -> employerShown && !title.isEmpty()));
    }

    private void showEmployerFields(Situation chosen) {
        boolean mayName = chosen == null || chosen.mayNameEmployer();
        employerPartner.setVisible(mayName);
        employerName.setVisible(mayName);
        jobTitle.setVisible(mayName);
    }

    /** The follow-ups are due six and twelve months after the learner left. */
    private void showFollowUps(VisibleLearner chosen) {
        if (chosen == null) {
            followUps.setText(getTranslation("outcome.form.follow-ups.hint"));
            return;
        }
        followUps.setText(chosen.leftOn()
                .map(left -> getTranslation("outcome.form.follow-ups.due", ConsoleFormats.date(left),
                        ConsoleFormats.date(left.plusMonths(FIRST_FOLLOW_UP_MONTHS)),
                        ConsoleFormats.date(left.plusMonths(SECOND_FOLLOW_UP_MONTHS))))
                .orElseGet(() -> getTranslation("outcome.form.follow-ups.not-left")));
    }

    private void reload() {
        show(outcomes.get(current.id()));
        form.clear();
    }

    private void show(EmploymentOutcome outcome) {
        current = outcome;
        VisibleLearner whose = learners.get(outcome.learnerId());
        learner.setItems(whose);
        learner.setValue(whose);
        observedOn.setValue(outcome.observedOn());
        situation.setValue(outcome.situation());
        employerPartner.setValue(outcome.employer().flatMap(Employer::partnerId).map(partners::get).orElse(null));
        employerName.setValue(outcome.employer().flatMap(Employer::name).orElse(""));
        jobTitle.setValue(outcome.jobTitle().orElse(""));
    }
}
