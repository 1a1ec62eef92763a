package org.tremplin.ui.server;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Stream;
import org.tremplin.ui.rights.AccessGuard;
import org.tremplin.ui.i18n.ConsoleTranslations;

/**
 * Builds the console's views and layouts by constructor injection: each parameter of the one
 * constructor is asked of {@link ConsoleDependencies} (the Micronaut context), so a view declares
 * the inbound ports it uses. Also gives Vaadin the console's translations and installs the
 * {@link AccessGuard} on every UI.
 */
public final class ConsoleInstantiator extends DefaultInstantiator {
    private static final String CONSOLE_PACKAGE = "org.tremplin.ui.";

    private final transient ConsoleDependencies dependencies;
    private final ConsoleTranslations translations = new ConsoleTranslations();

    public ConsoleInstantiator(VaadinService service, ConsoleDependencies dependencies) {
        super(service);
        this.dependencies = Objects.requireNonNull(dependencies);
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        if (!type.getName().startsWith(CONSOLE_PACKAGE)) {
            return super.getOrCreate(type);
        }
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length != 1) {
            throw new IllegalStateException(type.getName() + " must have exactly one constructor to be injected");
        }
        Constructor<?> constructor = constructors[0];
        Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(dependencies::get).toArray();
        try {
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("cannot build " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName(), e);
        }
    }

    @Override
    public I18NProvider getI18NProvider() {
        return translations;
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), Stream.of(new AccessGuard.Installer()));
    }
}
