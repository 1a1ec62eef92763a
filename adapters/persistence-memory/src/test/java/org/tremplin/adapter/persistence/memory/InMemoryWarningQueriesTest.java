package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.contract.WarningQueriesContract;

class InMemoryWarningQueriesTest extends WarningQueriesContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
