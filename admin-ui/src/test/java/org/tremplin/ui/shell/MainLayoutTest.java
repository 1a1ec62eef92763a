package org.tremplin.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.school.SchoolsView;
import org.tremplin.ui.session.ConsoleLanguage;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.testing.ConsoleTestSupport;

class MainLayoutTest extends ConsoleTestSupport {

    @Test
    void the_language_switch_turns_the_session_to_english() {
        signInAs(Role.ADMIN);
        navigate(DashboardView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Tableau de bord");

        @SuppressWarnings("unchecked")
        Select<java.util.Locale> language = find(Select.class).withId("language").single();
        test(language).selectItem("English");

        assertThat(ConsoleLanguage.of(VaadinSession.getCurrent())).isEqualTo(ConsoleTranslations.ENGLISH);
        navigate(SchoolsView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Dashboard", "Early warnings", "Schools", "Programmes", "Cohorts", "Applicants", "Learners",
                        "Partners", "Funding", "Work-study contracts", "Outcomes", "Import", "Accounts", "API tokens");
    }

    @Test
    void signing_out_forgets_the_user() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(DashboardView.class);

        test(find(Button.class).withId("sign-out").single()).click();

        assertThat(ConsoleSession.user()).isEmpty();
    }
}
