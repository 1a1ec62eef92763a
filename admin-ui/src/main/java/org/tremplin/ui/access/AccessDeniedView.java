package org.tremplin.ui.access;

import org.tremplin.ui.rights.AccessGuard;
import org.tremplin.ui.rights.AllowedRoles;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.shell.MainLayout;

/** Where a signed-in user lands when opening a view that their role may not open. */
@Route(value = AccessGuard.ACCESS_DENIED_ROUTE, layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER, Role.FUNDER_VIEWER})
public final class AccessDeniedView extends VerticalLayout implements HasDynamicTitle {

    AccessDeniedView() {
        add(new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denied.title") + " · Tremplin";
    }
}
