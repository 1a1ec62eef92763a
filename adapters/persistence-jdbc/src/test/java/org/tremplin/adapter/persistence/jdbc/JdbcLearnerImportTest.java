package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.imports.LearnerImportScenarios;

/** The import scenarios over a real database: its unique keys and its rollbacks. */
class JdbcLearnerImportTest extends LearnerImportScenarios {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
