package org.tremplin.ui.session;

import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.tremplin.ui.i18n.ConsoleTranslations;

/**
 * The language of a console session: French until the user chooses English with the layout's
 * switch, whatever the browser prefers (the network works in French).
 */
public final class ConsoleLanguage {
    private static final String ATTRIBUTE = "tremplin.console.language";

    private ConsoleLanguage() {
    }

    public static Locale of(VaadinSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof Locale chosen ? chosen : ConsoleTranslations.FRENCH;
    }

    /** Keeps the choice for the session and applies it to its open UIs. */
    public static void choose(VaadinSession session, Locale locale) {
        session.setAttribute(ATTRIBUTE, locale);
        session.setLocale(locale);
    }
}
