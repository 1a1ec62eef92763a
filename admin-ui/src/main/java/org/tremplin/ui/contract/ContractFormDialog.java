package org.tremplin.ui.contract;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.common.PageRequest;
import org.tremplin.application.common.Sort;
import org.tremplin.application.learner.LearnerAdministration;
import org.tremplin.application.learner.VisibleLearner;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.port.in.LearnerFilter;
import org.tremplin.application.port.in.LearnerSortKey;
import org.tremplin.application.port.in.PartnerFilter;
import org.tremplin.application.port.in.PartnerSortKey;
import org.tremplin.application.workstudy.ContractTerms;
import org.tremplin.application.workstudy.WorkStudyAdministration;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.shared.Require;
import org.tremplin.domain.workstudy.ContractKind;
import org.tremplin.domain.workstudy.WorkStudyContract;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.PagedFetch;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Signs a work-study contract (a learner found by name among those the use case lets the user
 * see, a host of the learner's school, the terms) or amends its terms. The use case judges the
 * dates, the overlap with the learner's other contracts and whether the host is engaged;
 * {@link DomainForm} shows its verdict beside the field at fault.
 */
final class ContractFormDialog extends Dialog {
    private final transient WorkStudyAdministration contracts;
    private final transient LearnerAdministration learners;
    private final transient PartnerAdministration partners;
    private final transient Consumer<WorkStudyContract> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();
    private final ComboBox<VisibleLearner> learner = new ComboBox<>(getTranslation("contracts.column.learner"));
    private final Select<Partner> host = new Select<>();
    private final Select<ContractKind> kind = new Select<>();
    private final DatePicker start = FrenchDates.picker(getTranslation("contracts.column.start"));
    private final DatePicker plannedEnd = FrenchDates.picker(getTranslation("contracts.column.planned-end"));
    private final TextField jobTitle = new TextField(getTranslation("contracts.column.job-title"));
    private final TextField tutorName = new TextField(getTranslation("contract.form.tutor"));
    private WorkStudyContract current;

    /** What the fields hold. */
    static final class Typed {
        VisibleLearner learner;
        Partner host;
        ContractKind kind;
        LocalDate start;
        LocalDate plannedEnd;
        String jobTitle = "";
        String tutorName = "";

        static Typed of(WorkStudyContract contract) {
            Typed typed = new Typed();
            typed.kind = contract.kind();
            typed.start = contract.startDate();
            typed.plannedEnd = contract.plannedEndDate();
            typed.jobTitle = contract.jobTitle();
            typed.tutorName = contract.tutorName();
            return typed;
        }

        ContractTerms terms() {
            return new ContractTerms(kind, start, plannedEnd, jobTitle, tutorName);
        }
    }

    private ContractFormDialog(WorkStudyAdministration contracts, LearnerAdministration learners,
                               PartnerAdministration partners, WorkStudyContract current, String describedAs,
                               Consumer<WorkStudyContract> saved) {
        this.contracts = contracts;
        this.learners = learners;
        this.partners = partners;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "contract.action.sign" : "contract.form.amend-title"));
        buildFields();
        bindFields();
        layOut(describedAs);
        addButtons();
        binder.readBean(current == null ? new Typed() : Typed.of(current));
    }

    private void buildFields() {
        learner.setItems(this::learnersNamed);
        learner.setItemLabelGenerator(ContractFormDialog::name);
        learner.setHelperText(getTranslation("contract.form.learner-help"));
        learner.setId("contract-learner");
        host.setLabel(getTranslation("contracts.column.host"));
        host.setItemLabelGenerator(chosen -> chosen == null ? "" : chosen.legalName());
        host.setHelperText(getTranslation("contract.form.host-help"));
        host.setId("contract-host");
        learner.addValueChangeListener(change -> host.setItems(hostsFor(change.getValue())));
        kind.setLabel(getTranslation("contracts.column.kind"));
        kind.setItems(ContractKind.values());
        kind.setItemLabelGenerator(chosen -> chosen == null ? "" : getTranslation("contract.kind." + chosen.name()));
        kind.setId("contract-kind");
        start.setId("contract-start");
        plannedEnd.setId("contract-planned-end");
        jobTitle.setMaxLength(WorkStudyContract.TEXT_MAX_LENGTH);
        jobTitle.setId("contract-job-title");
        tutorName.setMaxLength(WorkStudyContract.TEXT_MAX_LENGTH);
        tutorName.setId("contract-tutor");
    }

    private void bindFields() {
        binder.forField(learner).bind(typed -> typed.learner, (typed, value) -> typed.learner = value);
        binder.forField(host).bind(typed -> typed.host, (typed, value) -> typed.host = value);
        binder.forField(kind).bind(typed -> typed.kind, (typed, value) -> typed.kind = value);
        binder.forField(start).bind(typed -> typed.start, (typed, value) -> typed.start = value);
        binder.forField(plannedEnd).bind(typed -> typed.plannedEnd, (typed, value) -> typed.plannedEnd = value);
        binder.forField(jobTitle).bind(typed -> typed.jobTitle, (typed, value) -> typed.jobTitle = value);
        binder.forField(tutorName).bind(typed -> typed.tutorName, (typed, value) -> typed.tutorName = value);
        form.field("learnerId", learner).field("hostId", host).field("kind", kind).field("startDate", start)
                .field("plannedEndDate", plannedEnd).field("jobTitle", jobTitle).field("tutorName", tutorName);
    }

    /** A new contract names its parties; an amended one shows them ({@code describedAs}) and changes its terms only. */
    private void layOut(String describedAs) {
        FormLayout fields = new FormLayout();
        if (current == null) {
            fields.add(learner, host);
        } else {
            Paragraph parties = new Paragraph(describedAs);
            parties.setId("contract-parties");
            add(parties);
        }
        fields.add(kind, start, plannedEnd, jobTitle, tutorName);
        add(form.message(), fields);
    }

    private void addButtons() {
        FormDialogs.addFooter(this, getTranslation("form.save"), "contract-save", "contract-cancel", this::save);
    }

    static ContractFormDialog signing(WorkStudyAdministration contracts, LearnerAdministration learners,
                                      PartnerAdministration partners, Consumer<WorkStudyContract> saved) {
        return new ContractFormDialog(contracts, learners, partners, null, "", saved);
    }

    /** Amends the contract as stored now (read again, with its current version). */
    static ContractFormDialog amending(WorkStudyAdministration contracts, LearnerAdministration learners,
                                       PartnerAdministration partners, WorkStudyContract contract, String describedAs,
                                       Consumer<WorkStudyContract> saved) {
        return new ContractFormDialog(contracts, learners, partners, contracts.get(contract.id()), describedAs, saved);
    }

    static String name(VisibleLearner learner) {
        return ConsoleFormats.name(learner.name());
    }

    /** The learners whose name matches what is typed, page by page; the use case keeps to the user's schools. */
    private Stream<VisibleLearner> learnersNamed(Query<VisibleLearner, String> query) {
        Optional<String> text = query.getFilter().map(String::strip).filter(typed -> !typed.isEmpty());
        LearnerFilter filter = new LearnerFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), text, Optional.empty());
        return PagedFetch.fetch(query.getOffset(), query.getLimit(),
                page -> learners.list(filter, Sort.ascending(LearnerSortKey.FAMILY_NAME), page));
    }

    /** The work-study hosts of the learner's school: a school has a few dozen at most, one page. */
    private List<Partner> hostsFor(VisibleLearner learner) {
        if (learner == null) {
            return List.of();
        }
        return partners.list(new PartnerFilter(Optional.of(learner.schoolId()), Optional.of(PartnerRole.WORK_STUDY_HOST),
                        Optional.empty(), Optional.empty(), Optional.empty()), Sort.ascending(PartnerSortKey.LEGAL_NAME),
                PageRequest.first(PageRequest.MAX_SIZE)).items();
    }

    private void save() {
        if (!DomainForm.readable(binder)) {
            return;
        }
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        Optional<WorkStudyContract> result = current == null
                ? form.submit(() -> sign(typed), null)
                : form.submit(() -> contracts.amend(current.id(), current.version(), typed.terms()), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** A learner and a host must be chosen: said beside both at once, as the domain words it. */
    private WorkStudyContract sign(Typed typed) {
        var check = new InputCheck();
        VisibleLearner learner = check.field(() -> Require.present(typed.learner, "learnerId"));
        Partner host = check.field(() -> Require.present(typed.host, "hostId"));
        check.complete();
        return contracts.sign(learner.id(), host.id(), typed.terms());
    }

    /** Shows the contract as stored now, dropping what was typed: only when the user asked for it. */
    private void reload() {
        current = contracts.get(current.id());
        binder.readBean(Typed.of(current));
        form.clear();
    }
}
