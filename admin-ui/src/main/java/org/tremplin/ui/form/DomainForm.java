package org.tremplin.ui.form;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.tremplin.domain.error.ConflictException;
import org.tremplin.domain.error.ErrorCodes;
import org.tremplin.domain.error.ErrorKind;
import org.tremplin.domain.error.FieldViolation;
import org.tremplin.domain.error.InvalidValueException;
import org.tremplin.domain.error.TremplinException;

/**
 * Runs a use-case call for a form and shows what the use case answered where the user looks: each
 * invalid value's translated message beside its field (the domain's field names mapped to the
 * form's components), a refused rule beside its field or at the top of the form, and a save that
 * lost a race in a {@link ConflictDialog}. The typed values are never touched on an error: the
 * user loses nothing. Errors without a code are left to the session's error handler.
 *
 * @see "docs/adr/0009-console-forms.md"
 */
public final class DomainForm {
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Span message = new Span();

    public DomainForm() {
        message.setVisible(false);
        message.getStyle().set("color", "var(--lumo-error-text-color)");
    }

    /** Shows the domain's errors about {@code domainField} beside {@code component}. */
    public DomainForm field(String domainField, HasValidation component) {
        fields.put(domainField, component);
        return this;
    }

    /** Where the messages that belong to no field of this form appear; add it to the form. */
    public Span message() {
        return message;
    }

    /**
     * Calls the use case. On success clears the messages and gives its result; on a coded error
     * shows it and gives nothing. {@code reload} (null when there is no stored record yet) is what
     * "Recharger" does in the conflict dialog, and only if the user chooses it.
     */
    public <T> Optional<T> submit(Supplier<T> call, Runnable reload) {
        clear();
        try {
            return Optional.of(call.get());
        } catch (InvalidValueException e) {
            List<String> unmatched = new ArrayList<>();
            for (FieldViolation violation : e.violations()) {
                show(violation.field(), violation.code(), unmatched);
            }
            showAtFormLevel(unmatched);
        } catch (TremplinException e) {
            if (e.kind() == ErrorKind.CONFLICT && ErrorCodes.STALE_VERSION.equals(e.code()) && reload != null) {
                new ConflictDialog(reload).open();
            } else if (e.kind() == ErrorKind.RULE_VIOLATED || e.kind() == ErrorKind.CONFLICT) {
                List<String> unmatched = new ArrayList<>();
                show(e.field().orElse(null), e.code(), unmatched);
                showAtFormLevel(unmatched);
            } else {
                // Refused, not found, unavailable: the form cannot point at a field.
                showAtFormLevel(List.of(translate(e.code())));
            }
        }
        return Optional.empty();
    }

    /**
     * A number field whose unreadable input is told with the console's "bad format" message; such
     * input reads as empty, so the form must not submit it (see {@link #readable}).
     */
    public static IntegerField integerField(String label) {
        IntegerField field = new IntegerField(label);
        field.setI18n(new IntegerField.IntegerFieldI18n()
                .setBadInputErrorMessage(field.getTranslation("error." + ErrorCodes.BAD_FORMAT)));
        return field;
    }

    /**
     * Whether every field of {@code binder} holds a readable value. The form's binders carry no
     * rules of their own (the use case judges the values) but the fields' own checks remain: a
     * number or date that cannot be read would otherwise reach the use case as "empty".
     */
    public static boolean readable(Binder<?> binder) {
        return binder.validate().isOk();
    }

    /** Removes every message this form shows. */
    public void clear() {
        fields.values().forEach(component -> {
            component.setErrorMessage(null);
            component.setInvalid(false);
        });
        message.setText("");
        message.setVisible(false);
    }

    private void show(String field, String code, List<String> unmatched) {
        HasValidation component = field == null ? null : fields.get(field);
        String text = translate(code);
        if (component == null) {
            unmatched.add(text);
        } else {
            component.setErrorMessage(text);
            component.setInvalid(true);
        }
    }

    private void showAtFormLevel(List<String> texts) {
        if (!texts.isEmpty()) {
            message.setText(String.join(" ", texts.stream().distinct().toList()));
            message.setVisible(true);
        }
    }

    private String translate(String code) {
        return message.getTranslation("error." + code);
    }
}
