package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.ApplicantsContract;
import org.tremplin.application.contract.PersistencePorts;

class JdbcApplicantsTest extends ApplicantsContract {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
