package org.tremplin.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's words, French first and English second. A key missing in English falls back to
 * French; a key missing everywhere shows itself between brackets, so a gap is visible rather than
 * silent.
 */
public final class ConsoleTranslations implements I18NProvider {
    public static final Locale FRENCH = Locale.FRANCE;
    public static final Locale ENGLISH = Locale.UK;
    private static final String BUNDLE = "org.tremplin.ui.i18n.messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale wanted = locale != null && locale.getLanguage().equals(ENGLISH.getLanguage()) ? ENGLISH : FRENCH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, wanted).format(params);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    /** The message for a stable error code from the domain or the application. */
    public String errorMessage(String code, Locale locale) {
        return getTranslation("error." + code, locale);
    }
}
