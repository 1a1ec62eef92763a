package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ProgrammesContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryProgrammesTest extends ProgrammesContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
