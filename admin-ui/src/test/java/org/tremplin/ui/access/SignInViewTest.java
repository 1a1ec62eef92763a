package org.tremplin.ui.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.session.ConsoleActors;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.testing.ConsoleTestSupport;
import org.tremplin.ui.testing.FakeAuthentication;

class SignInViewTest extends ConsoleTestSupport {

    @Test
    void a_good_password_opens_the_dashboard_and_the_use_cases_then_see_the_user() {
        navigate(SignInView.class);

        signIn(FakeAuthentication.EMAIL, FakeAuthentication.PASSWORD);

        assertThat(getCurrentView()).isInstanceOf(DashboardView.class);
        assertThat(ConsoleActors.current()).contains(FakeAuthentication.ACTOR);
        assertThat(sessionIdRenewals).as("session id renewed at sign-in").hasValue(1);
        assertThat(find(Span.class).withId("signed-in-user").single().getText())
                .isEqualTo("Camille Martin (administration)");
    }

    @Test
    void a_wrong_password_is_refused_in_french_without_saying_why() {
        navigate(SignInView.class);

        signIn(FakeAuthentication.EMAIL, "pas-le-bon-mot-de-passe");

        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
        assertThat(message()).isEqualTo("Adresse e-mail ou mot de passe incorrect.");
        assertThat(ConsoleSession.user()).isEmpty();
        assertThat(ConsoleActors.current()).isEmpty();
        assertThat(sessionIdRenewals).hasValue(0);
        PasswordField password = find(PasswordField.class).single();
        assertThat(password.getValue()).isEmpty();
        assertThat(password.isInvalid()).as("the refusal is the form's, not the emptied field's").isFalse();
        assertThat(find(EmailField.class).single().isInvalid()).isFalse();
    }

    @Test
    void a_second_refusal_still_leaves_the_password_field_unmarked() {
        navigate(SignInView.class);

        signIn(FakeAuthentication.EMAIL, "premier-essai");
        signIn(FakeAuthentication.EMAIL, "second-essai");

        assertThat(message()).isEqualTo("Adresse e-mail ou mot de passe incorrect.");
        assertThat(find(PasswordField.class).single().isInvalid()).isFalse();
    }

    @Test
    void a_locked_account_is_told_until_when_in_paris_time() {
        navigate(SignInView.class);

        signIn(FakeAuthentication.LOCKED_EMAIL, "nimporte-quel-mot-de-passe");

        assertThat(message()).isEqualTo(
                "Trop d'essais infructueux : ce compte refuse toute connexion jusqu'au 23/11/2026 22:15.");
        assertThat(ConsoleSession.user()).isEmpty();
    }

    @Test
    void the_sign_in_page_speaks_french_first() {
        navigate(SignInView.class);

        assertThat(find(EmailField.class).single().getLabel()).isEqualTo("Adresse e-mail");
        assertThat(find(Button.class).withId("signin-submit").single().getText()).isEqualTo("Se connecter");
    }

    private void signIn(String email, String password) {
        test(find(EmailField.class).single()).setValue(email);
        test(find(PasswordField.class).single()).setValue(password);
        test(find(Button.class).withId("signin-submit").single()).click();
    }

    private String message() {
        Paragraph message = find(Paragraph.class).withId("signin-message").single();
        assertThat(message.isVisible()).isTrue();
        return message.getText();
    }
}
