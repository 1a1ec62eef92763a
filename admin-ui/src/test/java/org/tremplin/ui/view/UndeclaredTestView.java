package org.tremplin.ui.view;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** A view that forgot to declare its roles: nobody may open it. */
@Route(value = "test-undeclared", layout = MainLayout.class)
final class UndeclaredTestView extends Div {
}
