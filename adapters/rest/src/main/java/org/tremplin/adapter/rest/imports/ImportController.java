package org.tremplin.adapter.rest.imports;

import org.tremplin.domain.error.ErrorCodes;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.BiFunction;
import org.tremplin.adapter.rest.problem.ProblemDetails;
import org.tremplin.adapter.rest.problem.Problems;
import org.tremplin.adapter.rest.support.IdempotentPosts;
import org.tremplin.adapter.rest.support.KeyedPost;
import org.tremplin.adapter.rest.support.Parameters;
import org.tremplin.application.imports.FileImportReport;
import org.tremplin.application.imports.ImportMode;
import org.tremplin.application.imports.ImportReport;
import org.tremplin.application.imports.LearnerImport;
import org.tremplin.application.imports.OutcomeImport;

/**
 * Bulk CSV import of learners and outcomes: UTF-8 or French Excel's Windows-1252, with commas or
 * semicolons. Every row is checked; by default nothing is written unless every row is good, and
 * the answer lists each bad row by line, column and reason. {@code mode=validate-only} checks
 * without writing; {@code mode=valid-rows-only} writes the good rows and reports the others.
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Imports")
final class ImportController {
    private static final String CSV = "text/csv";
    private final LearnerImport learners;
    private final OutcomeImport outcomes;
    private final IdempotentPosts idempotent;

    ImportController(LearnerImport learners, OutcomeImport outcomes, IdempotentPosts idempotent) {
        this.learners = learners;
        this.outcomes = outcomes;
        this.idempotent = idempotent;
    }

    /** The columns a learners file must have, as a CSV header line to start from. */
    @Get(value = "/learners/import/template", produces = CSV)
    String learnerTemplate() {
        return String.join(",", learners.learnerColumns()) + "\r\n";
    }

    /** The columns an outcomes file must have, as a CSV header line to start from. */
    @Get(value = "/outcomes/import/template", produces = CSV)
    String outcomeTemplate() {
        return String.join(",", outcomes.outcomeColumns()) + "\r\n";
    }

    /** Imports learners from a CSV file sent as the request body ({@code Content-Type: text/csv}). */
    @Post(value = "/learners/import", consumes = {CSV, MediaType.APPLICATION_OCTET_STREAM},
            produces = {MediaType.APPLICATION_JSON, "application/problem+json"})
    HttpResponse<ImportReportJson> importLearners(@RequestBean KeyedPost post, @Nullable @QueryValue String mode,
                                                  @Body byte[] content) {
        return idempotent.run(post, content, ImportReportJson.class,
                () -> run(post.request(), mode, content, learners::importFile));
    }

    /** Imports employment outcomes (follow-ups at +6/+12 months) from a CSV file sent as the request body. */
    @Post(value = "/outcomes/import", consumes = {CSV, MediaType.APPLICATION_OCTET_STREAM},
            produces = {MediaType.APPLICATION_JSON, "application/problem+json"})
    HttpResponse<ImportReportJson> importOutcomes(@RequestBean KeyedPost post, @Nullable @QueryValue String mode,
                                                  @Body byte[] content) {
        return idempotent.run(post, content, ImportReportJson.class,
                () -> run(post.request(), mode, content, outcomes::importFile));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private HttpResponse<ImportReportJson> run(HttpRequest<?> request, @Nullable String mode, byte[] content,
                                               BiFunction<byte[], ImportMode, FileImportReport> importer) {
        ImportMode chosen = mode == null || mode.isBlank() ? ImportMode.ALL_OR_NOTHING
                : Parameters.readAll(parameters -> parameters.requiredChoice("mode", mode, ImportMode.class));
        // An unreadable file is refused by the use case as a bad value of "file", its line in the message.
        FileImportReport imported = importer.apply(content, chosen);
        ImportReport report = imported.report();
        List<ProblemDetails.InvalidField> errors = ImportReportJson.errorsOf(report);
        if (chosen == ImportMode.ALL_OR_NOTHING && !report.clean()) {
            // Nothing was written: a refusal, with every bad row named, as a problem document.
            return (HttpResponse) Problems.of(request, HttpStatus.UNPROCESSABLE_ENTITY, ErrorCodes.IMPORT_ROWS_INVALID,
                    errors.size() + " row(s) are invalid; nothing was imported. Fix them and send the file again.",
                    errors);
        }
        return HttpResponse.ok(new ImportReportJson(chosen.name(), imported.encoding(),
                String.valueOf(imported.separator()), report.rowsRead(), report.rowsWritten(), errors));
    }


}
