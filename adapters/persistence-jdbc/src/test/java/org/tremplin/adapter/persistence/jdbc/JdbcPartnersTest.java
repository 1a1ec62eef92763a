package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.PartnersContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcPartnersTest extends PartnersContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
