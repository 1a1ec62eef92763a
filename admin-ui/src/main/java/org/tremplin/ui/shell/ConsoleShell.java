package org.tremplin.ui.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.theme.lumo.Lumo;

/** The page around every view: Vaadin 25 applies no theme unless asked, so Lumo is asked for here,
 * then the console's own few rules ({@code META-INF/resources/styles/console.css}). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/console.css")
public final class ConsoleShell implements AppShellConfigurator {
}
