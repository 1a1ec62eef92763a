package org.tremplin.ui.imports;

import java.util.List;
import org.tremplin.application.imports.FileImportReport;
import org.tremplin.application.imports.ImportMode;
import org.tremplin.application.imports.LearnerImport;
import org.tremplin.application.imports.OutcomeImport;

/** What a file may hold: learners to enrol, or outcomes (follow-ups) of former learners. */
enum ImportKind {
    LEARNERS("learners-import-template"),
    OUTCOMES("outcomes-import-template");

    private final String templateName;

    ImportKind(String templateName) {
        this.templateName = templateName;
    }

    String templateName() {
        return templateName;
    }

    List<String> columns(LearnerImport learners, OutcomeImport outcomes) {
        return this == LEARNERS ? learners.learnerColumns() : outcomes.outcomeColumns();
    }

    FileImportReport run(LearnerImport learners, OutcomeImport outcomes, byte[] content, ImportMode mode) {
        return this == LEARNERS ? learners.importFile(content, mode) : outcomes.importFile(content, mode);
    }
}
