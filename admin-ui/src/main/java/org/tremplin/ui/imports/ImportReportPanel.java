package org.tremplin.ui.imports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.List;
import java.util.stream.Collectors;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.imports.ImportReport;
import org.tremplin.application.imports.RowError;
import org.tremplin.application.port.in.TabularFlavour;
import org.tremplin.ui.i18n.ConsoleTranslations;

/**
 * What an import found: counts, one grid line per row error (line, column, reason in the user's
 * language) and the same errors as a CSV file to download and fix the spreadsheet from.
 */
final class ImportReportPanel extends VerticalLayout {
    private final transient TableExport tables;
    private final ConsoleTranslations translations = new ConsoleTranslations();
    private final Span counts = new Span();
    private final Grid<RowError> errors = new Grid<>();
    private final Anchor download = new Anchor();
    private transient List<RowError> shown = List.of();

    ImportReportPanel(TableExport tables) {
        this.tables = tables;
        setPadding(false);
        counts.setId("import-counts");
        errors.addColumn(RowError::line).setHeader(getTranslation("import.column.line")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(error -> error.column().orElse("")).setHeader(getTranslation("import.column.column"))
                .setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(this::reason).setHeader(getTranslation("import.column.reason")).setFlexGrow(1);
        errors.setId("import-errors");
        errors.setAllRowsVisible(true);
        download.setHref(reportDownload(), AttachmentType.DOWNLOAD);
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("import.report.download")));
        download.setId("import-report-download");
        add(counts, errors, download);
        setVisible(false);
    }

    /** Shows the report of a validation or of an import; {@code validRows} as the confirmation would write them. */
    void show(ImportReport report, int validRows) {
        shown = report.errors();
        counts.setText(report.written()
                ? getTranslation("import.counts.written", report.rowsRead(), report.rowsWritten(), shown.size())
                : getTranslation("import.counts.checked", report.rowsRead(), validRows, shown.size()));
        errors.setItems(shown);
        errors.setVisible(!shown.isEmpty());
        download.setVisible(!shown.isEmpty());
        setVisible(true);
    }

    void clear() {
        shown = List.of();
        errors.setItems(shown);
        setVisible(false);
    }

    /** The rows a confirmation in {@code VALID_ROWS_ONLY} would write: none when the header itself is wrong. */
    static int validRows(ImportReport report) {
        if (report.errors().stream().anyMatch(error -> error.line() == 1)) {
            return 0;
        }
        return report.rowsRead() - report.errors().stream().map(RowError::line).collect(Collectors.toSet()).size();
    }

    /** The translation of the error's code; the use case's English explanation when the console has none. */
    private String reason(RowError error) {
        String translated = translations.errorMessage(error.code(), getLocale());
        return translated.startsWith("!") ? error.message() : translated;
    }

    private DownloadHandler reportDownload() {
        return event -> {
            event.setFileName("import-errors.csv");
            event.setContentType("text/csv; charset=UTF-8");
            // The download request does not hold the session: the translations need it.
            event.getUI().accessSynchronously(() -> tables.write(event.getOutputStream(), TabularFlavour.EXCEL_FR,
                    List.of(getTranslation("import.column.line"), getTranslation("import.column.column"),
                            getTranslation("import.column.reason")),
                    shown.stream().map(error -> List.of(String.valueOf(error.line()), error.column().orElse(""),
                            reason(error)))));
        };
    }
}
