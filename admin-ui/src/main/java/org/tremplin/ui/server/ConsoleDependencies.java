package org.tremplin.ui.server;

/**
 * Where the console's views get what their constructors ask for: the inbound ports of the
 * application. In the running application it is the Micronaut context; in tests, a few fakes.
 */
@FunctionalInterface
public interface ConsoleDependencies {
    /** The one object of this type (an inbound port); fails when there is none. */
    Object get(Class<?> type);
}
