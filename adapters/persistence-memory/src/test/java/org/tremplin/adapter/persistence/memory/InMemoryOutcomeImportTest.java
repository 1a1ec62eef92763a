package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.imports.OutcomeImportScenarios;

class InMemoryOutcomeImportTest extends OutcomeImportScenarios {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
