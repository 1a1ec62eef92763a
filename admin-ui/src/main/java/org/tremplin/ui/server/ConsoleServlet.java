package org.tremplin.ui.server;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import java.util.Objects;

/** The Vaadin servlet of the console, whose views are built by a {@link ConsoleInstantiator}. */
final class ConsoleServlet extends VaadinServlet {
    private final transient ConsoleDependencies dependencies;

    ConsoleServlet(ConsoleDependencies dependencies) {
        this.dependencies = Objects.requireNonNull(dependencies);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new ConsoleInstantiator(this, dependencies);
            }
        };
        service.init();
        return service;
    }
}
