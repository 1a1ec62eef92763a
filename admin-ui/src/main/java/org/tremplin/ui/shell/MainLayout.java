package org.tremplin.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.Locale;
import org.tremplin.ui.rights.AccessGuard;
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

        addToDrawer(navigation(user));
    }

    /**
     * The views that declare a {@link Menu} entry, in its order and labelled by the translation
     * of its title, less those the user's role may not open. The layout names no view: a view
     * joins the menu by its own annotation.
     */
    private SideNav navigation(ConsoleUser user) {
        SideNav nav = new SideNav();
        if (user != null) {
            for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
                if (AccessGuard.allows(entry.menuClass(), user.role())) {
                    nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.menuClass(),
                            new Icon(entry.icon())));
                }
            }
        }
        return nav;
    }
}
