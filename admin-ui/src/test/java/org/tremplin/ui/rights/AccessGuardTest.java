package org.tremplin.ui.rights;

import org.tremplin.ui.access.AccessDeniedView;
import org.tremplin.ui.access.SignInView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.school.SchoolsView;
import org.tremplin.ui.testing.AdminOnlyTestView;
import org.tremplin.ui.testing.ConsoleTestSupport;

class AccessGuardTest extends ConsoleTestSupport {

    @Test
    void without_signing_in_every_view_leads_to_the_sign_in_view() {
        assertThat(navigate("schools", SignInView.class)).isNotNull();
        assertThat(navigate("dashboard", SignInView.class)).isNotNull();
        assertThat(navigate("", SignInView.class)).isNotNull();
        assertThat(navigate("access-denied", SignInView.class)).isNotNull();
    }

    @Test
    void a_role_the_view_does_not_declare_is_denied() {
        signInAs(Role.FUNDER_VIEWER);

        assertThat(navigate("test-admin-only", AccessDeniedView.class)).isNotNull();
    }

    @Test
    void a_declared_role_may_open_the_view() {
        signInAs(Role.ADMIN);

        assertThat(navigate("test-admin-only", AdminOnlyTestView.class)).isNotNull();
    }

    @Test
    void a_view_that_declares_no_role_is_denied_to_everyone() {
        signInAs(Role.ADMIN);

        assertThat(navigate("test-undeclared", AccessDeniedView.class)).isNotNull();
    }

    @Test
    void every_role_reaches_the_dashboard_and_the_schools() {
        for (Role role : Role.values()) {
            signInAs(role);
            assertThat(navigate("dashboard", DashboardView.class)).as(role.name()).isNotNull();
            assertThat(navigate("schools", SchoolsView.class)).as(role.name()).isNotNull();
        }
    }

    @Test
    void the_side_navigation_and_the_sign_in_view_follow_the_session() {
        signInAs(Role.SCHOOL_MANAGER);

        navigate(DashboardView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Tableau de bord", "Alertes", "Écoles", "Programmes", "Promotions", "Candidatures",
                        "Apprenants", "Partenaires", "Financements", "Contrats en alternance", "Devenir des apprenants",
                        "Importer");
        assertThat(navigate("signin", DashboardView.class)).as("signed in already").isNotNull();
    }

    @Test
    void a_funder_sees_in_the_side_navigation_only_the_lists_without_personal_data() {
        signInAs(Role.FUNDER_VIEWER);

        navigate(DashboardView.class);
        assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactly("Tableau de bord", "Écoles", "Programmes", "Promotions", "Partenaires", "Financements");
    }
}
