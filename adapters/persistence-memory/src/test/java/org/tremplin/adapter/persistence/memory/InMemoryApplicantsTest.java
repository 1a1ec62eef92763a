package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ApplicantsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryApplicantsTest extends ApplicantsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
