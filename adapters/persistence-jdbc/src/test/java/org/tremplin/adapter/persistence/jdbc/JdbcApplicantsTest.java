package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.ApplicantsPortContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcApplicantsTest extends ApplicantsPortContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
