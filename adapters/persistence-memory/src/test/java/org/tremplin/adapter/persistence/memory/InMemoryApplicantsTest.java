package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.ApplicantsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryApplicantsTest extends ApplicantsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
