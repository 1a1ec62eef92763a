package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ProgrammesPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryProgrammesTest extends ProgrammesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
