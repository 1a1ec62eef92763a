package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.imports.LearnerImportScenarios;

class InMemoryLearnerImportTest extends LearnerImportScenarios {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
