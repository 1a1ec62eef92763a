package org.tremplin.ui.rights;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.error.UnavailableException;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.testing.ConsoleTestSupport;

class ConsoleErrorHandlerTest extends ConsoleTestSupport {

    @Test
    void every_session_reports_failures_through_the_console_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler()).isInstanceOf(ConsoleErrorHandler.class);
    }

    @Test
    void an_error_with_a_code_shows_its_translated_message() {
        signInAs(Role.ADMIN);
        navigate(DashboardView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new IllegalStateException("wrapped", new UnavailableException("database down", null))));
        roundTrip();

        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("Le service est momentanément indisponible. Réessayez dans un instant.");
    }

    @Test
    void any_other_error_shows_a_generic_message_without_its_details() {
        signInAs(Role.ADMIN);
        navigate(DashboardView.class);

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new NullPointerException("secret detail")));
        roundTrip();

        assertThat(test(find(Notification.class).single()).getText()).startsWith("Une erreur inattendue")
                .doesNotContain("secret");
    }
}
