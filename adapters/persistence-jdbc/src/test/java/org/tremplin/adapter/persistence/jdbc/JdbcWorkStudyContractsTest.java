package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.WorkStudyContractsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcWorkStudyContractsTest extends WorkStudyContractsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
