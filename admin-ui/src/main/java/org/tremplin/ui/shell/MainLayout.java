package org.tremplin.ui.shell;

import org.tremplin.ui.access.ApiTokensView;
import org.tremplin.ui.access.UsersView;
import org.tremplin.ui.cohort.CohortsView;
import org.tremplin.ui.contract.ContractsView;
import org.tremplin.ui.dashboard.DashboardView;
import org.tremplin.ui.funding.FundingView;
import org.tremplin.ui.imports.ImportView;
import org.tremplin.ui.outcome.OutcomesView;
import org.tremplin.ui.partner.PartnersView;
import org.tremplin.ui.people.ApplicantsView;
import org.tremplin.ui.people.LearnersView;
import org.tremplin.ui.programme.ProgrammesView;
import org.tremplin.ui.school.SchoolsView;
import org.tremplin.ui.warning.WarningsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.access.AccessGuard;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.session.ConsoleLanguage;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;

/**
 * The frame of every signed-in view: the side navigation (only the views the user's role may
 * open), the language switch, who is signed in, and signing out.
 */
public final class MainLayout extends AppLayout {

    MainLayout() {
        ConsoleUser user = ConsoleSession.user().orElse(null);
        Span title = new Span("Tremplin");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        Select<Locale> language = new Select<>();
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems(ConsoleTranslations.FRENCH, ConsoleTranslations.ENGLISH);
        language.setItemLabelGenerator(locale -> locale.getLanguage().equals("en") ? "English" : "Français");
        language.setValue(getLocale().getLanguage().equals("en") ? ConsoleTranslations.ENGLISH : ConsoleTranslations.FRENCH);
        language.setId("language");
        language.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                ConsoleLanguage.choose(VaadinSession.getCurrent(), change.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        Span name = new Span(user == null ? "" : getTranslation("layout.signed-in-as", user.displayName(),
                getTranslation("role." + user.role().name())));
        name.setId("signed-in-user");
        Button signOut = new Button(getTranslation("layout.sign-out"), click -> {
            UI.getCurrent().getPage().setLocation("signin");
            ConsoleSession.signOut();
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(title, name, language, signOut);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setFlexGrow(1, title);
        bar.setWidthFull();
        bar.getStyle().set("padding-inline-end", "var(--lumo-space-m)");
        addToNavbar(new DrawerToggle(), bar);

        SideNav nav = new SideNav();
        Role role = user == null ? null : user.role();
        addItem(nav, role, "nav.dashboard", DashboardView.class, VaadinIcon.DASHBOARD);
        addItem(nav, role, "nav.warnings", WarningsView.class, VaadinIcon.WARNING);
        addItem(nav, role, "nav.schools", SchoolsView.class, VaadinIcon.ACADEMY_CAP);
        addItem(nav, role, "nav.programmes", ProgrammesView.class, VaadinIcon.BOOK);
        addItem(nav, role, "nav.cohorts", CohortsView.class, VaadinIcon.GROUP);
        addItem(nav, role, "nav.applicants", ApplicantsView.class, VaadinIcon.FILTER);
        addItem(nav, role, "nav.learners", LearnersView.class, VaadinIcon.USERS);
        addItem(nav, role, "nav.partners", PartnersView.class, VaadinIcon.BUILDING);
        addItem(nav, role, "nav.funding", FundingView.class, VaadinIcon.EURO);
        addItem(nav, role, "nav.contracts", ContractsView.class, VaadinIcon.HANDSHAKE);
        addItem(nav, role, "nav.outcomes", OutcomesView.class, VaadinIcon.BRIEFCASE);
        addItem(nav, role, "nav.import", ImportView.class, VaadinIcon.UPLOAD);
        addItem(nav, role, "nav.users", UsersView.class, VaadinIcon.USER_CHECK);
        addItem(nav, role, "nav.api-tokens", ApiTokensView.class, VaadinIcon.KEY);
        addToDrawer(nav);
    }

    private void addItem(SideNav nav, Role role, String key, Class<? extends Component> view, VaadinIcon icon) {
        if (role != null && AccessGuard.allows(view, role)) {
            nav.addItem(new SideNavItem(getTranslation(key), view, icon.create()));
        }
    }
}
