package org.tremplin.ui.testing;

import org.tremplin.ui.shell.MainLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A view that forgot to declare its roles: nobody may open it. */
@Route(value = "test-undeclared", layout = MainLayout.class)
public final class UndeclaredTestView extends Div {
}
