package org.tremplin.adapter.rest.imports;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.tremplin.adapter.rest.problem.ProblemDetails.InvalidField;
import org.tremplin.application.imports.ImportReport;

/** What an import did: rows read and written, and each bad row's line, column and reason. */
@Serdeable
public record ImportReportJson(String mode, String encoding, String separator, int rowsRead, int rowsWritten,
                               List<InvalidField> errors) {

    static List<InvalidField> errorsOf(ImportReport report) {
        return report.errors().stream()
                .map(error -> new InvalidField(error.column().orElse("row"), error.code(), error.message(),
                        error.line()))
                .toList();
    }
}
