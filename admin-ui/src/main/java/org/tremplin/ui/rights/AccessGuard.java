package org.tremplin.ui.rights;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Arrays;
import java.util.Optional;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.session.ConsoleLanguage;
import org.tremplin.ui.session.ConsoleSession;
import org.tremplin.ui.session.ConsoleUser;

/**
 * Checks every navigation, on every UI, before a view is built: a {@link PublicView} opens to
 * anyone; any other view needs a signed-in user (else the sign-in view) whose role its
 * {@link AllowedRoles} names (else the "access denied" view). A view that declares nothing is
 * denied to all, so a forgotten declaration fails closed.
 */
public final class AccessGuard implements BeforeEnterListener {
    /** The sign-in view's route. Named here, not by class, so the guard does not depend on the screens. */
    public static final String SIGN_IN_ROUTE = "signin";
    /** The route of the view that tells a signed-in user the page is not for their role. */
    public static final String ACCESS_DENIED_ROUTE = "access-denied";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        Optional<ConsoleUser> user = ConsoleSession.user();
        if (user.isEmpty()) {
            event.forwardTo(SIGN_IN_ROUTE);
        } else if (!allows(target, user.get().role())) {
            event.forwardTo(ACCESS_DENIED_ROUTE);
        }
    }

    /** Whether a user with this role may open the view {@code target}. */
    public static boolean allows(Class<?> target, Role role) {
        AllowedRoles allowed = target.getAnnotation(AllowedRoles.class);
        return allowed != null && Arrays.asList(allowed.value()).contains(role);
    }

    /**
     * Puts the guard on every new UI, and opens it in the session's language: French (the
     * console's first language) whatever the browser asks, until the layout's switch changes it.
     * Gives every session the {@link ConsoleErrorHandler}.
     */
    public static final class Installer implements VaadinServiceInitListener {
        @Override
        public void serviceInit(ServiceInitEvent event) {
            event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new ConsoleErrorHandler()));
            event.getSource().addUIInitListener(init -> {
                init.getUI().setLocale(ConsoleLanguage.of(init.getUI().getSession()));
                init.getUI().addBeforeEnterListener(new AccessGuard());
            });
        }
    }
}
