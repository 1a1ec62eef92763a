package org.tremplin.ui.access;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import org.tremplin.application.access.IssuedApiToken;
import org.tremplin.application.access.TokenAdministration;
import org.tremplin.domain.access.ApiToken;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.school.School;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.component.SchoolChoices;
import org.tremplin.ui.form.DomainForm;
import org.tremplin.ui.form.FormDialogs;
import org.tremplin.ui.form.FrenchDates;

/**
 * Issues an API token: a name, the permissions it grants, optionally the schools it is limited
 * to, and the day it expires (a year from today unless changed; it stops working at the end of
 * that day, Paris time). The use case judges the values; {@link DomainForm} shows its verdict.
 */
final class TokenFormDialog extends Dialog {
    private final transient TokenAdministration access;
    private final transient Consumer<IssuedApiToken> issued;
    private final TextField name = new TextField();
    private final CheckboxGroup<Permission> scopes = new CheckboxGroup<>();
    private final MultiSelectComboBox<School> schools;
    private final DatePicker expiresOn;
    private final DomainForm form = new DomainForm();

    TokenFormDialog(TokenAdministration access, SchoolChoices schoolChoices, Consumer<IssuedApiToken> issued) {
        this.access = access;
        this.issued = issued;
        setHeaderTitle(getTranslation("tokens.form.issue-title"));
        name.setLabel(getTranslation("tokens.column.name"));
        name.setMaxLength(ApiToken.NAME_MAX_LENGTH);
        name.setId("token-name");
        scopes.setLabel(getTranslation("tokens.column.scopes"));
        scopes.setItems(Permission.values());
        scopes.setItemLabelGenerator(scope -> getTranslation("permission." + scope.name()));
        scopes.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        scopes.setId("token-scopes");
        schools = schoolChoices.field(getTranslation("tokens.column.schools"));
        schools.setHelperText(getTranslation("tokens.form.schools-help"));
        schools.setId("token-schools");
        expiresOn = FrenchDates.picker(getTranslation("tokens.column.expires"));
        expiresOn.setValue(LocalDate.now(ConsoleFormats.PARIS).plusYears(1));
        expiresOn.setId("token-expires");
        form.field("name", name).field("scopes", scopes).field("schools", schools).field("expiresAt", expiresOn);

        FormLayout fields = new FormLayout(name, expiresOn, schools, scopes);
        fields.setColspan(scopes, 2);
        add(form.message(), fields);
        FormDialogs.addFooter(this, getTranslation("tokens.action.issue"), "token-save", "token-cancel", this::save);
    }

    private void save() {
        if (expiresOn.isInvalid() && expiresOn.getValue() == null) {
            // An unreadable date reads as empty: the picker already says so.
            return;
        }
        LocalDate day = expiresOn.getValue();
        var expiresAt = day == null ? null : day.atTime(LocalTime.MAX).atZone(ConsoleFormats.PARIS).toInstant();
        form.submit(() -> access.issueToken(name.getValue(), scopes.getValue(),
                SchoolChoices.scope(schools.getValue()), expiresAt), null)
                        .ifPresent(FormDialogs.closingThen(this, issued));
    }
}
