package org.tremplin.adapter.persistence.jdbc;

import org.tremplin.application.contract.PersistencePorts;
import org.tremplin.application.imports.OutcomeImportScenarios;

/** The import scenarios over a real database: its unique keys and its rollbacks. */
class JdbcOutcomeImportTest extends OutcomeImportScenarios {
    @Override
    protected PersistencePorts createPorts() {
        return JdbcTestPorts.create();
    }
}
