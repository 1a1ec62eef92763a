package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.CohortsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcCohortsTest extends CohortsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
