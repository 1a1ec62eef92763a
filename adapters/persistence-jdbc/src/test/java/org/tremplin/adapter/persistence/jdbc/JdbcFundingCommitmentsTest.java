package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.FundingCommitmentsContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcFundingCommitmentsTest extends FundingCommitmentsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
