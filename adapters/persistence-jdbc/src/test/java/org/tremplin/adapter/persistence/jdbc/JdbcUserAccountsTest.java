package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.UserAccountsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcUserAccountsTest extends UserAccountsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
