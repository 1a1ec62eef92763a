package org.tremplin.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.access.SignInView;
import org.tremplin.ui.cohort.CohortsView;
import org.tremplin.ui.contract.ContractsView;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.funding.FundingView;
import org.tremplin.ui.outcome.OutcomesView;
import org.tremplin.ui.partner.PartnersView;
import org.tremplin.ui.people.ApplicantsView;
import org.tremplin.ui.people.LearnersView;
import org.tremplin.ui.programme.ProgrammesView;
import org.tremplin.ui.school.SchoolsView;
import org.tremplin.ui.server.ConsoleServer;
import org.tremplin.ui.shell.MainLayout;

/** The console with the real wiring: its Jetty answers beside the API, and its views find their ports. */
@MicronautTest
@Property(name = "tremplin.console.enabled", value = "true")
@Property(name = "tremplin.console.port", value = "0")
class ConsoleServerTest {
    @Inject
    ConsoleServer console;

    @Inject
    ApplicationContext context;

    @Test
    void the_console_serves_vaadin_bootstrap_page_on_its_own_port() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String path : List.of("/", "/signin")) {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + console.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(response.statusCode()).as(path).isEqualTo(200);
                assertThat(response.body()).as(path).contains("window.Vaadin").contains("./VAADIN/build/");
                assertThat(response.headers().firstValue("Set-Cookie")).as(path).hasValueSatisfying(
                        cookie -> assertThat(cookie).contains("JSESSIONID").contains("HttpOnly"));
            }
        }
    }

    /** The page links the console's own style sheet (the broken contracts' highlight), and the console serves it. */
    @Test
    void the_console_style_sheet_is_served() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + console.port() + "/signin")).build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> sheet = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + console.port() + "/styles/console.css")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.body()).as("the page links the sheet").contains("styles/console.css");
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.body()).contains("::part(broken-contract)");
        }
    }

    /** What the console's instantiator will ask of the context when a browser opens each view. */
    @Test
    void every_console_view_finds_what_its_constructor_asks_for_in_the_context() {
        for (Class<?> view : List.of(SignInView.class, DashboardView.class, SchoolsView.class, AccessDeniedView.class,
                MainLayout.class, LearnersView.class, ContractsView.class,
                FundingView.class, ApplicantsView.class, PartnersView.class, OutcomesView.class,
                ProgrammesView.class, CohortsView.class)) {
            Constructor<?>[] constructors = view.getDeclaredConstructors();
            assertThat(constructors).as(view.getSimpleName()).hasSize(1);
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                assertThat(context.containsBean(parameter)).as(view.getSimpleName() + " needs " + parameter.getName())
                        .isTrue();
            }
        }
    }
}
