package org.tremplin.ui.testing;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tremplin.ui.server.ConsoleInstantiator;

/**
 * Gives the browserless Vaadin of the tests the console's own {@link ConsoleInstantiator}, fed
 * with the fakes of {@link #PORTS} instead of the Micronaut context. Vaadin finds it through its
 * Lookup, which builds it without arguments: hence the static map, filled by each test.
 */
public final class TestConsoleInstantiatorFactory implements InstantiatorFactory {
    public static final Map<Class<?>, Object> PORTS = new ConcurrentHashMap<>();

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new ConsoleInstantiator(service, type -> Optional.ofNullable(PORTS.get(type))
                .orElseThrow(() -> new IllegalStateException("no fake for " + type.getName())));
    }
}
