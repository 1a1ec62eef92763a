package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.WorkStudyContractsContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcWorkStudyContractsTest extends WorkStudyContractsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
