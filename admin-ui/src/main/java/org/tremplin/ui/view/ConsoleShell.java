package org.tremplin.ui.view;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Vaadin 25 applies no theme unless asked, so Lumo is asked for here. */
@StyleSheet(Lumo.STYLESHEET)
public final class ConsoleShell implements AppShellConfigurator {
}
