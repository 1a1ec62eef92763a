package org.tremplin.ui.rights;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tremplin.domain.error.TremplinException;
import org.tremplin.ui.i18n.ConsoleTranslations;

/**
 * The one place where the console turns a failure into words: an error with a stable code (from
 * the domain or the application) becomes its translated message, anything else a generic one
 * (and a log entry), shown as a notification. Nothing of the exception's own text reaches the page.
 */
public final class ConsoleErrorHandler implements ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleErrorHandler.class);
    private final ConsoleTranslations translations = new ConsoleTranslations();

    @Override
    public void error(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        TremplinException coded = coded(failure);
        if (coded == null) {
            LOG.error("Unexpected failure in the console", failure);
        }
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Locale locale = ui.getLocale();
        String message = coded != null ? translations.errorMessage(coded.code(), locale)
                : translations.getTranslation("error.unexpected", locale);
        Notification notification = new Notification(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }

    private static TremplinException coded(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof TremplinException coded) {
                return coded;
            }
        }
        return null;
    }
}
