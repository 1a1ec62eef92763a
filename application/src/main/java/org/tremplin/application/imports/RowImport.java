package org.tremplin.application.imports;

import java.util.List;
import java.util.Objects;
import org.tremplin.domain.identity.Actor;
import org.tremplin.domain.identity.Permission;
import org.tremplin.application.port.out.TabularFile;
import org.tremplin.application.port.out.TabularFileReader;
import org.tremplin.application.support.UseCaseSupport;

/**
 * What every import does around its own row checks: it asks for its permission, checks the columns
 * (a column mistake stops the import before any row is checked, since every row would be wrong
 * alike), checks the rows in one read and hands the verdicts to {@link ImportWriter}. The rows come
 * as given or from a file, whose encoding and separator the report repeats.
 *
 * @param <T> what a row checked as ready holds for the use case that writes it
 * @see "docs/adr/0005-file-imports.md"
 */
final class RowImport<T> {
    /** An import's own checks of its rows, made for the actor inside a read transaction. */
    @FunctionalInterface
    interface RowCheck<T> {
        RowVerdicts<T> check(List<ImportRow> rows, Actor actor);
    }

    private final UseCaseSupport support;
    private final TabularFileReader files;
    private final Permission permission;
    private final ImportColumns columns;
    private final ImportWriter<T> writer;
    private final RowCheck<T> rowCheck;

    RowImport(UseCaseSupport support, TabularFileReader files, Permission permission, ImportColumns columns,
              ImportWriter<T> writer, RowCheck<T> rowCheck) {
        this.support = support;
        this.files = Objects.requireNonNull(files, "files");
        this.permission = permission;
        this.columns = columns;
        this.writer = writer;
        this.rowCheck = rowCheck;
    }

    ImportReport rows(List<ImportRow> rows, ImportMode mode) {
        Objects.requireNonNull(mode, "mode");
        Actor actor = support.require(permission);
        return run(rows, columns.check(rows), mode, actor);
    }

    FileImportReport file(byte[] content, ImportMode mode) {
        Objects.requireNonNull(mode, "mode");
        Actor actor = support.require(permission);
        TabularFile file = files.read(content);
        List<ImportRow> rows = FileRows.of(file);
        return FileImportReport.of(file, run(rows, columns.check(file.header(), rows), mode, actor));
    }

    private ImportReport run(List<ImportRow> rows, List<RowError> columnErrors, ImportMode mode, Actor actor) {
        if (!columnErrors.isEmpty()) {
            return new ImportReport(rows.size(), 0, columnErrors);
        }
        return writer.finish(mode, rows.size(), support.read(() -> rowCheck.check(rows, actor)));
    }
}
