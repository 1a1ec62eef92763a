package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.CohortsContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcCohortsTest extends CohortsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
