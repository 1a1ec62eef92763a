package org.tremplin.ui.view;

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
import org.tremplin.application.access.SignInResult;
import org.tremplin.application.security.Authentication;
import org.tremplin.ui.access.PublicView;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;
import org.tremplin.ui.session.SessionIdRenewal;

/**
 * E-mail and password, checked by the {@link Authentication} port (which locks an account after
 * five failures). A refusal says nothing of the reason, but for the end of a lock.
 */
@Route("signin")
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
        submit.setText(getTranslation("signin.submit"));
        submit.setId("signin-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.addClickListener(click -> signIn());
        message.setId("signin-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        VerticalLayout form = new VerticalLayout(new H1(getTranslation("signin.title")), email, password, submit, message);
        form.setMaxWidth("24rem");
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
            }
        }
    }
}
