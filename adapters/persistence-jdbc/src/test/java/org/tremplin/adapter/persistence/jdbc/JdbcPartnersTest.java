package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.PartnersPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcPartnersTest extends PartnersPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
