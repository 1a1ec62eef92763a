package org.tremplin.ui.session;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.inject.Singleton;

/** Renews the id of the servlet session of the request being served (the session and its content stay). */
@Singleton
final class ServletSessionIdRenewal implements SessionIdRenewal {

    @Override
    public void renew() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            throw new IllegalStateException("a session id is renewed while serving a servlet request");
        }
        request.changeSessionId();
    }
}
