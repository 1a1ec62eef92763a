package org.tremplin.application.contract;

import org.junit.jupiter.api.BeforeEach;

/**
 * The base of every port contract: each test gets fresh, empty ports from the adapter under test.
 * An adapter's test module extends each contract once and says how to build its ports.
 */
public abstract class PortContract {
    protected PersistencePorts ports;
    protected ContractTestData data;

    /** Ports over an empty database, ready for one test. */
    protected abstract PersistencePorts createPorts();

    @BeforeEach
    final void createEmptyPorts() {
        ports = createPorts();
        data = new ContractTestData(ports);
    }
}
