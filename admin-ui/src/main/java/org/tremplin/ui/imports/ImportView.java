package org.tremplin.ui.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.stream.Stream;
import org.tremplin.application.export.TableExport;
import org.tremplin.application.imports.FileImportReport;
import org.tremplin.application.imports.ImportMode;
import org.tremplin.application.imports.ImportReport;
import org.tremplin.application.imports.LearnerImport;
import org.tremplin.application.imports.OutcomeImport;
import org.tremplin.application.port.in.TabularFlavour;
import org.tremplin.application.port.in.UnreadableFileException;
import org.tremplin.domain.error.TremplinException;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.rights.AllowedRoles;
import org.tremplin.ui.i18n.ConsoleTranslations;
import org.tremplin.ui.shell.MainLayout;

/**
 * Imports learners or outcomes from a CSV file: the user downloads the template, uploads the file,
 * reads the report of a check that writes nothing ({@link ImportMode#VALIDATE_ONLY}), then confirms
 * (the valid rows only, or every row when none is wrong) or cancels. The use cases hold the rules,
 * the permissions and a school manager's scope: a row outside their schools is a row error.
 *
 * <p>The work runs in the request thread, without server push: the progress bar is shown by one
 * round trip and the work done by the next, a poll the bar's response asks for.
 *
 * @see "docs/adr/0005-file-imports.md"
 */
@Menu(title = "nav.import", order = 12, icon = "vaadin:upload")
@Route(value = "import", layout = MainLayout.class)
@AllowedRoles({Role.ADMIN, Role.SCHOOL_MANAGER})
public final class ImportView extends VerticalLayout implements HasDynamicTitle {
    /** The largest file accepted: some ten thousand learners, far more than a school enrols in a year. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final int POLL_MILLIS = 200;

    private final transient LearnerImport learners;
    private final transient OutcomeImport outcomes;
    private final transient TableExport tables;
    private final ConsoleTranslations translations = new ConsoleTranslations();
    private final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    private final Upload upload = new Upload();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final ImportReportPanel report;
    private final Button importValid = new Button();
    private final Button importAll = new Button();
    private final Button cancel = new Button();
    private transient byte[] content;

    ImportView(LearnerImport learners, OutcomeImport outcomes, TableExport tables) {
        this.learners = learners;
        this.outcomes = outcomes;
        this.tables = tables;
        this.report = new ImportReportPanel(tables);
        buildKindChoice();
        buildUpload();
        buildConfirmation();
        add(new H2(getTranslation("import.title")), kind, template(), upload, progress, status, report,
                new HorizontalLayout(importValid, importAll, cancel));
    }

    private void buildKindChoice() {
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(chosen -> getTranslation("import.kind." + chosen.name()));
        kind.setValue(ImportKind.LEARNERS);
        kind.setId("import-kind");
        kind.addValueChangeListener(change -> cancel());
    }

    /** A link to the chosen kind's template, an empty file with its columns. */
    private Anchor template() {
        Anchor template = new Anchor();
        template.setHref(templateDownload(), AttachmentType.DOWNLOAD);
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("import.template")));
        template.setId("import-template");
        return template;
    }

    private void buildUpload() {
        // Kept in memory, one byte past the limit at most: a larger file is refused, never read whole.
        // The upload request does not hold the session: the view is changed under its lock.
        upload.setUploadHandler(event -> {
            byte[] bytes = event.getInputStream().readNBytes(MAX_BYTES + 1);
            event.getUI().accessSynchronously(() -> received(bytes));
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileExtensions(".csv", ".txt");
        upload.addFileRejectedListener(rejected -> refuse(getTranslation("import.too-large", MAX_BYTES / 1024 / 1024)));
        upload.setI18n(UploadTexts.translated(this));
        upload.setId("import-upload");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("import-progress");
        status.setId("import-status");
    }

    /** The buttons that import what was checked, shown once a check has answered. */
    private void buildConfirmation() {
        importValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importValid.setId("import-valid-rows");
        importValid.addClickListener(click -> confirm(ImportMode.VALID_ROWS_ONLY));
        importAll.setText(getTranslation("import.confirm.all"));
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setId("import-all");
        importAll.addClickListener(click -> confirm(ImportMode.ALL_OR_NOTHING));
        cancel.setText(getTranslation("form.cancel"));
        cancel.setId("import-cancel");
        cancel.addClickListener(click -> cancel());
        showConfirmation(false, false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Tremplin";
    }

    private void received(byte[] bytes) {
        report.clear();
        showConfirmation(false, false);
        // The browser checks the size too, but its check can be bypassed: this one cannot.
        if (bytes.length > MAX_BYTES) {
            refuse(getTranslation("import.too-large", MAX_BYTES / 1024 / 1024));
            return;
        }
        content = bytes;
        inNextRoundTrip(getTranslation("import.checking"), this::validate);
    }

    private void validate() {
        FileImportReport checked = run(ImportMode.VALIDATE_ONLY);
        if (checked == null) {
            return;
        }
        ImportReport found = checked.report();
        int valid = ImportReportPanel.validRows(found);
        report.show(found, valid);
        status.setText("");
        importValid.setText(getTranslation("import.confirm.valid", valid));
        showConfirmation(!found.clean() && valid > 0, found.clean() && found.rowsRead() > 0);
        if (found.rowsRead() == 0 && found.clean()) {
            status.setText(getTranslation("import.no-rows"));
        }
    }

    private void confirm(ImportMode mode) {
        showConfirmation(false, false);
        inNextRoundTrip(getTranslation("import.importing"), () -> {
            FileImportReport imported = run(mode);
            content = null;
            upload.clearFileList();
            if (imported != null) {
                report.show(imported.report(), imported.report().rowsWritten());
                status.setText(getTranslation("import.done", imported.report().rowsWritten()));
            }
        });
    }

    private void cancel() {
        content = null;
        upload.clearFileList();
        report.clear();
        status.setText("");
        showConfirmation(false, false);
    }

    /** The use case's answer, or null after showing why the file could not be taken. */
    private FileImportReport run(ImportMode mode) {
        try {
            return kind.getValue().run(learners, outcomes, content, mode);
        } catch (UnreadableFileException unreadable) {
            refuse(getTranslation("import.unreadable", unreadable.line(),
                    getTranslation("import.unreadable." + unreadable.reason().name())));
        } catch (TremplinException refused) {
            refuse(translations.errorMessage(refused.code(), getLocale()));
        }
        return null;
    }

    private void refuse(String message) {
        content = null;
        upload.clearFileList();
        report.clear();
        showConfirmation(false, false);
        status.setText(message);
    }

    private void showConfirmation(boolean validRows, boolean all) {
        importValid.setVisible(validRows);
        importAll.setVisible(all);
        cancel.setVisible(validRows || all);
    }

    /**
     * Shows the progress bar and {@code message} now, and does {@code work} on the next round trip:
     * without server push, a response that is not sent cannot show a bar.
     */
    private void inNextRoundTrip(String message, Runnable work) {
        progress.setVisible(true);
        status.setText(message);
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        Registration[] once = new Registration[1];
        once[0] = ui.addPollListener(poll -> {
            once[0].remove();
            ui.setPollInterval(-1);
            try {
                work.run();
            } finally {
                progress.setVisible(false);
            }
        });
    }

    private DownloadHandler templateDownload() {
        return event -> {
            event.setContentType("text/csv; charset=UTF-8");
            event.getUI().accessSynchronously(() -> {
                ImportKind chosen = kind.getValue();
                event.setFileName(chosen.templateName() + ".csv");
                tables.write(event.getOutputStream(), TabularFlavour.EXCEL_FR, chosen.columns(learners, outcomes),
                        Stream.<List<String>>empty());
            });
        };
    }
}
