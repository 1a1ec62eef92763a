package org.tremplin.adapter.persistence.memory;

import org.tremplin.application.contract.FundingCommitmentsContract;
import org.tremplin.application.contract.PersistencePorts;

class InMemoryFundingCommitmentsTest extends FundingCommitmentsContract {
    @Override
    protected PersistencePorts createPorts() {
        return InMemoryPorts.create();
    }
}
