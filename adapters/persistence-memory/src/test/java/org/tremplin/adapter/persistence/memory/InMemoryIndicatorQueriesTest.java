package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.IndicatorQueriesContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryIndicatorQueriesTest extends IndicatorQueriesContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
