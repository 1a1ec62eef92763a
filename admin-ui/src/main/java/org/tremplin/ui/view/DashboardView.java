package org.tremplin.ui.view;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import org.tremplin.application.access.Role;
import org.tremplin.ui.access.AllowedRoles;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;

/** The landing page after sign-in; a placeholder until the network's indicators are shown here. */
@Route(value = "dashboard", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class DashboardView extends VerticalLayout implements HasDynamicTitle {

    DashboardView() {
        String name = ConsoleSession.user().map(ConsoleUser::displayName).orElse("");
        add(new H2(getTranslation("dashboard.title")), new Paragraph(getTranslation("dashboard.welcome", name)),
                new Paragraph(getTranslation("dashboard.placeholder")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " · Tremplin";
    }
}
