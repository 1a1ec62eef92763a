package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.ParityRulesPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcParityRulesTest extends ParityRulesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
