package org.tremplin.ui.access;

import org.tremplin.ui.rights.AccessGuard;
import org.tremplin.ui.rights.PublicView;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.tremplin.application.access.Authentication;
import org.tremplin.application.access.SignInResult;
import org.tremplin.ui.component.ConsoleFormats;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;
import org.tremplin.ui.session.SessionIdRenewal;

/**
 * E-mail and password, checked by the {@link Authentication} port (which locks an account after
 * five failures). A refusal says nothing of the reason, but for the end of a lock.
 */
@Route(AccessGuard.SIGN_IN_ROUTE)
@PublicView
public final class SignInView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {
    private final transient Authentication authentication;
    private final transient SessionIdRenewal sessionIdRenewal;
    private final EmailField email = new EmailField();
    private final PasswordField password = new PasswordField();
    private final Button submit = new Button();
    private final Paragraph message = new Paragraph();

    SignInView(Authentication authentication, SessionIdRenewal sessionIdRenewal) {
        this.authentication = authentication;
        this.sessionIdRenewal = sessionIdRenewal;
        setAlignItems(Alignment.CENTER);
        email.setLabel(getTranslation("signin.email"));
        email.setId("signin-email");
        email.setRequiredIndicatorVisible(true);
        email.setAutofocus(true);
        password.setLabel(getTranslation("signin.password"));
        password.setId("signin-password");
        password.setRequiredIndicatorVisible(true);
        // A refusal is the form's, said once above the button: the emptied field is not "invalid".
        password.setManualValidation(true);
        submit.setText(getTranslation("signin.submit"));
        submit.setId("signin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> signIn());
        message.setId("signin-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        message.getStyle().set("color", "var(--lumo-error-text-color)")
                .set("background-color", "var(--lumo-error-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin", "0")
                .set("box-sizing", "border-box");
        H1 title = new H1(getTranslation("signin.title"));
        // At Lumo's H1 size the title broke over two lines at any window width; should a narrow
        // screen still break it, "balance" makes two even lines rather than a lone last word.
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0 0 var(--lumo-space-m)")
                .set("text-wrap", "balance");
        email.setWidthFull();
        password.setWidthFull();
        submit.setWidthFull();
        message.setWidthFull();
        VerticalLayout form = new VerticalLayout(title, email, password, message, submit);
        form.setId("signin-form");
        form.setWidthFull();
        form.setMaxWidth("28rem");
        add(form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (ConsoleSession.user().isPresent()) {
            event.forwardTo(DashboardView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signin.title") + " · Tremplin";
    }

    private void signIn() {
        SignInResult result = authentication.signIn(email.getValue().strip(), password.getValue());
        password.clear();
        switch (result) {
            case SignInResult.SignedIn signedIn -> {
                ConsoleSession.signIn(new ConsoleUser(signedIn.actor(), signedIn.displayName(), signedIn.role()),
                        sessionIdRenewal);
                getUI().ifPresent(ui -> ui.navigate(DashboardView.class));
            }
            case SignInResult.Refused refused -> {
                message.setText(refused.lockedUntil()
                        .map(until -> getTranslation("signin.locked", ConsoleFormats.dateTime(until)))
                        .orElseGet(() -> getTranslation("signin.refused")));
                message.setVisible(true);
                password.setInvalid(false);
                password.focus();
            }
        }
    }
}
