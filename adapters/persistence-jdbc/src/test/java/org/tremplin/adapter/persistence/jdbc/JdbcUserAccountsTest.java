package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.UserAccountsContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcUserAccountsTest extends UserAccountsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
