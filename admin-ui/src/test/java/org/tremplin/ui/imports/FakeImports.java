package org.tremplin.ui.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tremplin.application.imports.FileImportReport;
import org.tremplin.application.imports.ImportMode;
import org.tremplin.application.imports.ImportReport;
import org.tremplin.application.imports.ImportRow;
import org.tremplin.application.imports.LearnerImport;
import org.tremplin.application.imports.OutcomeImport;

/**
 * The two import ports as the console uses them: each file is recorded with its mode and answered
 * with the report a test chose for that mode, or with the refusal it chose. A call in a mode other
 * than {@link ImportMode#VALIDATE_ONLY} is a write.
 */
final class FakeImports {
    record Call(String kind, ImportMode mode, byte[] content) {
    }

    static final List<String> LEARNER_COLUMNS = List.of("cohort_id", "given_name", "email", "rqth");
    static final List<String> OUTCOME_COLUMNS = List.of("learner_id", "observed_on", "situation");

    final List<Call> calls = new ArrayList<>();
    final Map<ImportMode, ImportReport> answers = new EnumMap<>(ImportMode.class);
    RuntimeException refusal;

    List<Call> writes() {
        return calls.stream().filter(call -> call.mode() != ImportMode.VALIDATE_ONLY).toList();
    }

    LearnerImport learners() {
        return new LearnerImport() {
            @Override
            public ImportReport importLearners(List<ImportRow> rows, ImportMode mode) {
                throw new UnsupportedOperationException("the console imports files");
            }

            @Override
            public FileImportReport importFile(byte[] content, ImportMode mode) {
                return answer("learners", content, mode);
            }

            @Override
            public List<String> learnerColumns() {
                return LEARNER_COLUMNS;
            }
        };
    }

    OutcomeImport outcomes() {
        return new OutcomeImport() {
            @Override
            public ImportReport importOutcomes(List<ImportRow> rows, ImportMode mode) {
                throw new UnsupportedOperationException("the console imports files");
            }

            @Override
            public FileImportReport importFile(byte[] content, ImportMode mode) {
                return answer("outcomes", content, mode);
            }

            @Override
            public List<String> outcomeColumns() {
                return OUTCOME_COLUMNS;
            }
        };
    }

    private FileImportReport answer(String kind, byte[] content, ImportMode mode) {
        calls.add(new Call(kind, mode, content));
        if (refusal != null) {
            throw refusal;
        }
        return new FileImportReport("UTF-8", ';', answers.get(mode));
    }
}
