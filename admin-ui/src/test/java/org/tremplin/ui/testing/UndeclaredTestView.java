package org.tremplin.ui.testing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.tremplin.ui.shell.MainLayout;

/** A view that forgot to declare its roles: nobody may open it. */
@Route(value = "test-undeclared", layout = MainLayout.class)
public final class UndeclaredTestView extends Div {
}
