package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.contract.WarningQueriesPortContract;

class JdbcWarningQueriesTest extends WarningQueriesPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
