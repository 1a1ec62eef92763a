package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.IdempotencyRecordsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
