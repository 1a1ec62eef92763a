package org.tremplin.ui.testing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.shell.MainLayout;

/** A view for administrators only, to show the guard turning the other roles away. */
@Route(value = "test-admin-only", layout = MainLayout.class)
@AllowedRoles(Role.ADMIN)
public final class AdminOnlyTestView extends Div {
}
