package org.tremplin.ui.partner;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.tremplin.application.common.InputCheck;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerRole;
import org.tremplin.domain.school.School;
import org.tremplin.domain.shared.Require;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/**
 * Sets the roles a partner plays for one school: choosing the school shows the roles it plays
 * there now, which the user edits; no role at all ends the engagement. The schools offered are
 * those the use case lets the user see (a manager's own), and the use case remains the judge.
 */
final class PartnerEngagementDialog extends Dialog {
    private final transient PartnerAdministration partners;
    private final transient Consumer<Partner> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();
    private final Select<School> school = new Select<>();
    private final MultiSelectComboBox<PartnerRole> roles = new MultiSelectComboBox<>();
    private Partner current;

    /** What the fields hold. */
    static final class Typed {
        School school;
        Set<PartnerRole> roles = Set.of();
    }

    private PartnerEngagementDialog(PartnerAdministration partners, Partner current, List<School> schools,
                                    Consumer<Partner> saved) {
        this.partners = partners;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation("partner.form.engage-title", current.legalName()));
        school.setLabel(getTranslation("filter.school"));
        school.setItems(schools);
        school.setItemLabelGenerator(chosen -> chosen == null ? "" : chosen.name());
        school.setId("engagement-school");
        school.addValueChangeListener(change -> showRolesAt(change.getValue()));
        roles.setLabel(getTranslation("partners.column.roles"));
        roles.setItems(PartnerRole.values());
        roles.setItemLabelGenerator(role -> getTranslation("partner.role." + role.name()));
        roles.setHelperText(getTranslation("partner.form.roles-help"));
        roles.setId("engagement-roles");

        binder.forField(school).bind(typed -> typed.school, (typed, value) -> typed.school = value);
        binder.forField(roles).bind(typed -> typed.roles, (typed, value) -> typed.roles = value);
        form.field("schoolId", school).field("roles", roles);

        add(form.message(), new FormLayout(school, roles));
        FormDialogs.addFooter(this, getTranslation("form.save"), "engagement-save", "engagement-cancel", this::save);
    }

    /** Engages the partner as stored now (read again, with its current version and roles). */
    static PartnerEngagementDialog engaging(PartnerAdministration partners, Partner partner, List<School> schools,
                                            Consumer<Partner> saved) {
        return new PartnerEngagementDialog(partners, partners.get(partner.id()), schools, saved);
    }

    private void showRolesAt(School chosen) {
        roles.setValue(chosen == null ? Set.of() : current.rolesAt(chosen.id()));
        form.clear();
    }

    private void save() {
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        form.submit(() -> engage(typed), this::reload).ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** A school must be chosen: said beside the select, as the domain words it. */
    private Partner engage(Typed typed) {
        var check = new InputCheck();
        School chosen = check.field(() -> Require.present(typed.school, "schoolId"));
        check.complete();
        Set<PartnerRole> chosenRoles = typed.roles.isEmpty() ? Set.of() : EnumSet.copyOf(typed.roles);
        return partners.engage(current.id(), current.version(), chosen.id(), chosenRoles);
    }

    /** Shows the partner's roles as stored now, dropping what was chosen: only when the user asked for it. */
    private void reload() {
        current = partners.get(current.id());
        showRolesAt(school.getValue());
    }
}
