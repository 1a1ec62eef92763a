package org.tremplin.ui.partner;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Optional;
import java.util.function.Consumer;
import org.tremplin.application.partner.PartnerAdministration;
import org.tremplin.application.partner.PartnerDetails;
import org.tremplin.domain.partner.Partner;
import org.tremplin.domain.partner.PartnerKind;
import org.tremplin.domain.partner.Siret;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;

/**
 * Registers a partner or amends one (legal name, kind, SIRET). The SIRET is typed as printed and
 * checked by the domain (digits, check key, required for companies): its verdict is shown beside
 * the field by {@link DomainForm}. An amendment names the version it was read at.
 */
final class PartnerFormDialog extends Dialog {
    private final transient PartnerAdministration partners;
    private final transient Consumer<Partner> saved;
    private final Binder<Typed> binder = new Binder<>();
    private final DomainForm form = new DomainForm();
    /** The partner as last read from the use case; null when registering a new one. */
    private Partner current;

    /** What the fields hold. */
    static final class Typed {
        String legalName = "";
        PartnerKind kind;
        String siret = "";

        static Typed of(Partner partner) {
            Typed typed = new Typed();
            typed.legalName = partner.legalName();
            typed.kind = partner.kind();
            typed.siret = partner.siret().map(Siret::value).orElse("");
            return typed;
        }

        /** An empty SIRET is no SIRET; the domain says whether this kind of partner needs one. */
        PartnerDetails details() {
            return new PartnerDetails(legalName, kind, Optional.of(siret).filter(text -> !text.isBlank()));
        }
    }

    private PartnerFormDialog(PartnerAdministration partners, Partner current, Consumer<Partner> saved) {
        this.partners = partners;
        this.saved = saved;
        this.current = current;
        setHeaderTitle(getTranslation(current == null ? "partner.action.register" : "partner.form.amend-title"));
        TextField legalName = new TextField(getTranslation("partners.column.legal-name"));
        legalName.setMaxLength(Partner.LEGAL_NAME_MAX_LENGTH);
        legalName.setId("partner-legal-name");
        Select<PartnerKind> kind = new Select<>();
        kind.setLabel(getTranslation("partners.column.kind"));
        kind.setItems(PartnerKind.values());
        kind.setItemLabelGenerator(chosen -> chosen == null ? "" : getTranslation("partner.kind." + chosen.name()));
        kind.setId("partner-kind");
        TextField siret = new TextField(getTranslation("partners.column.siret"));
        siret.setHelperText(getTranslation("partner.form.siret-help"));
        siret.setId("partner-siret");

        binder.forField(legalName).bind(typed -> typed.legalName, (typed, value) -> typed.legalName = value);
        binder.forField(kind).bind(typed -> typed.kind, (typed, value) -> typed.kind = value);
        binder.forField(siret).bind(typed -> typed.siret, (typed, value) -> typed.siret = value);
        form.field("legalName", legalName).field("kind", kind).field("siret", siret);

        add(form.message(), new FormLayout(legalName, kind, siret));
        FormDialogs.addFooter(this, getTranslation("form.save"), "partner-save", "partner-cancel", this::save);
        binder.readBean(current == null ? new Typed() : Typed.of(current));
    }

    static PartnerFormDialog registering(PartnerAdministration partners, Consumer<Partner> saved) {
        return new PartnerFormDialog(partners, null, saved);
    }

    /** Amends the partner as stored now (read again, with its current version). */
    static PartnerFormDialog amending(PartnerAdministration partners, Partner partner, Consumer<Partner> saved) {
        return new PartnerFormDialog(partners, partners.get(partner.id()), saved);
    }

    private void save() {
        if (!DomainForm.readable(binder)) {
            return;
        }
        Typed typed = new Typed();
        // No validators in the binder: the use case is the judge of every value.
        binder.writeBeanAsDraft(typed, true);
        PartnerDetails details = typed.details();
        Optional<Partner> result = current == null
                ? form.submit(() -> partners.register(details), null)
                : form.submit(() -> partners.amend(current.id(), current.version(), details), this::reload);
        result.ifPresent(FormDialogs.closingThen(this, saved));
    }

    /** Shows the partner as stored now, dropping what was typed: only when the user asked for it. */
    private void reload() {
        current = partners.get(current.id());
        binder.readBean(Typed.of(current));
        form.clear();
    }
}
