package org.tremplin.ui.imports;

import org.tremplin.domain.error.ErrorCodes;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tremplin.application.imports.ImportMode;
import org.tremplin.application.imports.ImportReport;
import org.tremplin.application.imports.LearnerImport;
import org.tremplin.application.imports.OutcomeImport;
import org.tremplin.application.imports.RowError;
import org.tremplin.application.port.in.TabularFlavour;
import org.tremplin.application.port.in.UnreadableFileException;
import org.tremplin.domain.identity.Role;
import org.tremplin.ui.testing.FormTestSupport;
import org.tremplin.ui.testing.FakeTableExport;

class ImportViewTest extends FormTestSupport {
    private static final byte[] FILE = "cohort_id;given_name;email\n...".getBytes(StandardCharsets.UTF_8);
    private static final RowError BAD_EMAIL = new RowError(3, Optional.of("email"), "person.email-format",
            "email is not an e-mail address");
    private static final RowError UNKNOWN_CODE = new RowError(4, Optional.of("gender"), "value.unheard-of",
            "gender must be one of WOMAN, MAN");

    private final FakeImports imports = new FakeImports();
    private final FakeTableExport tables = new FakeTableExport();

    ImportViewTest() {
        provide(LearnerImport.class, imports.learners());
        provide(OutcomeImport.class, imports.outcomes());
        provide(org.tremplin.application.export.TableExport.class, tables);
    }

    @BeforeEach
    void aSchoolManager() {
        signInAs(Role.SCHOOL_MANAGER);
        navigate(ImportView.class);
    }

    @Test
    void the_template_is_the_header_the_use_case_expects_for_the_chosen_kind() {
        download("import-template");
        assertThat(tables.flavour).isEqualTo(TabularFlavour.EXCEL_FR);
        assertThat(tables.header).isEqualTo(FakeImports.LEARNER_COLUMNS);
        assertThat(tables.rows).isEmpty();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ImportKind> kind = find(RadioButtonGroup.class).withId("import-kind").single();
        test(kind).selectItem("Le devenir d'anciens apprenants");
        download("import-template");
        assertThat(tables.header).isEqualTo(FakeImports.OUTCOME_COLUMNS);
    }

    @Test
    void the_upload_speaks_the_console_language_not_only_english() {
        Upload upload = find(Upload.class).withId("import-upload").single();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Choisir un fichier…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("Déposez le fichier ici");
        assertThat(upload.getI18n().getUnits().getSize()).containsExactly("o", "ko", "Mo", "Go", "To");
    }

    @Test
    void one_valid_row_is_offered_in_the_singular() {
        imports.answers.put(ImportMode.VALIDATE_ONLY, new ImportReport(2, 0, List.of(BAD_EMAIL)));

        uploadAndWait(FILE);

        assertThat(button("import-valid-rows").getText()).isEqualTo("Importer la ligne valide");
    }

    @Test
    void a_file_is_checked_without_writing_and_the_errors_are_shown_translated_and_downloadable() {
        imports.answers.put(ImportMode.VALIDATE_ONLY, new ImportReport(5, 0, List.of(BAD_EMAIL, UNKNOWN_CODE)));

        uploadAndWait(FILE);

        assertThat(imports.calls).extracting(FakeImports.Call::mode).containsExactly(ImportMode.VALIDATE_ONLY);
        assertThat(imports.calls.getFirst().content()).isEqualTo(FILE);
        assertThat(imports.writes()).isEmpty();
        assertThat(text("import-counts")).isEqualTo("5 ligne(s) lue(s), 3 valide(s), 2 erreur(s).");
        var errors = test(errorGrid());
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.getCellText(0, 0)).isEqualTo("3");
        assertThat(errors.getCellText(0, 1)).isEqualTo("email");
        assertThat(errors.getCellText(0, 2)).isEqualTo("Cette adresse e-mail n'est pas valide.");
        assertThat(errors.getCellText(1, 2)).as("a code the console cannot translate")
                .isEqualTo("gender must be one of WOMAN, MAN");
        assertThat(shown(Button.class, "import-valid-rows")).isTrue();
        assertThat(button("import-valid-rows").getText()).isEqualTo("Importer les 3 lignes valides");
        assertThat(shown(Button.class, "import-all")).as("only when no row is wrong").isFalse();
        assertThat(shown(ProgressBar.class, "import-progress")).isFalse();

        download("import-report-download");
        assertThat(tables.header).containsExactly("Ligne", "Colonne", "Erreur");
        assertThat(tables.rows).containsExactly(List.of("3", "email", "Cette adresse e-mail n'est pas valide."),
                List.of("4", "gender", "gender must be one of WOMAN, MAN"));
    }

    @Test
    void confirming_imports_the_valid_rows_and_shows_what_was_written() {
        imports.answers.put(ImportMode.VALIDATE_ONLY, new ImportReport(5, 0, List.of(BAD_EMAIL)));
        imports.answers.put(ImportMode.VALID_ROWS_ONLY, new ImportReport(5, 4, List.of(BAD_EMAIL)));
        uploadAndWait(FILE);

        test(button("import-valid-rows")).click();
        assertThat(shown(ProgressBar.class, "import-progress")).isTrue();
        assertThat(imports.writes()).as("not before the next round trip").isEmpty();
        poll();

        assertThat(imports.writes()).extracting(FakeImports.Call::mode).containsExactly(ImportMode.VALID_ROWS_ONLY);
        assertThat(imports.writes().getFirst().content()).isEqualTo(FILE);
        assertThat(text("import-status")).isEqualTo("4 lignes importées.");
        assertThat(text("import-counts")).isEqualTo("5 ligne(s) lue(s), 4 importée(s), 1 erreur(s).");
        assertThat(shown(Button.class, "import-valid-rows")).isFalse();
    }

    @Test
    void a_clean_file_is_imported_whole_on_confirmation() {
        imports.answers.put(ImportMode.VALIDATE_ONLY, new ImportReport(2, 0, List.of()));
        imports.answers.put(ImportMode.ALL_OR_NOTHING, new ImportReport(2, 2, List.of()));
        uploadAndWait(FILE);

        assertThat(shown(Button.class, "import-valid-rows")).isFalse();
        test(button("import-all")).click();
        poll();

        assertThat(imports.writes()).extracting(FakeImports.Call::mode).containsExactly(ImportMode.ALL_OR_NOTHING);
        assertThat(text("import-status")).isEqualTo("2 lignes importées.");
    }

    @Test
    void cancelling_writes_nothing_and_forgets_the_file() {
        imports.answers.put(ImportMode.VALIDATE_ONLY, new ImportReport(2, 0, List.of()));
        uploadAndWait(FILE);

        test(button("import-cancel")).click();

        assertThat(imports.writes()).isEmpty();
        assertThat(shown(Button.class, "import-all")).isFalse();
        assertThat(shown(Grid.class, "import-errors")).isFalse();
    }

    @Test
    void a_wrong_header_offers_no_import() {
        imports.answers.put(ImportMode.VALIDATE_ONLY, new ImportReport(2, 0, List.of(
                new RowError(1, Optional.of("e_mail"), ErrorCodes.IMPORT_COLUMN_UNKNOWN, "unknown"))));

        uploadAndWait(FILE);

        assertThat(text("import-counts")).isEqualTo("2 ligne(s) lue(s), 0 valide(s), 1 erreur(s).");
        assertThat(shown(Button.class, "import-valid-rows")).isFalse();
        assertThat(shown(Button.class, "import-all")).isFalse();
    }

    @Test
    void an_unreadable_file_is_explained_with_its_line() {
        imports.refusal = new UnreadableFileException(4, UnreadableFileException.Reason.UNCLOSED_QUOTE);

        uploadAndWait(FILE);

        assertThat(text("import-status")).isEqualTo("Le fichier ne peut pas être lu (ligne 4) : une valeur entre"
                + " guillemets n'est pas refermée, ou un guillemet n'y est pas doublé.");
        assertThat(imports.writes()).isEmpty();
        assertThat(shown(Button.class, "import-all")).isFalse();
    }

    @Test
    void a_file_over_the_limit_is_refused_with_a_message_and_never_reaches_the_use_case() {
        uploadAndWait(new byte[ImportView.MAX_BYTES + 1]);

        assertThat(text("import-status")).isEqualTo("Ce fichier est refusé : choisissez un fichier CSV de 5 Mo au plus.");
        assertThat(imports.calls).isEmpty();
        assertThat(upload().getMaxFileSize()).as("the browser refuses it first").isEqualTo(ImportView.MAX_BYTES);
    }

    @Test
    void a_file_over_the_limit_is_refused_by_the_server_too_when_the_browser_check_is_bypassed() {
        upload().setMaxFileSize(Integer.MAX_VALUE);

        uploadAndWait(new byte[ImportView.MAX_BYTES + 1]);

        assertThat(text("import-status")).isEqualTo("Ce fichier est refusé : choisissez un fichier CSV de 5 Mo au plus.");
        assertThat(imports.calls).isEmpty();
    }

    @Test
    void a_use_case_refusal_is_shown_in_french() {
        imports.refusal = new org.tremplin.domain.error.ForbiddenException("access.permission-missing", "this needs a permission");

        uploadAndWait(FILE);

        assertThat(text("import-status")).isEqualTo("Vous n'avez pas le droit de faire cela.");
    }

    private void uploadAndWait(byte[] content) {
        test(upload()).upload("learners.csv", "text/csv", content);
        poll();
    }

    /** The next poll of the browser, which the progress bar's response asked for. */
    private static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
    }

    private void download(String id) {
        test(find(Anchor.class).withId(id).single()).download(new ByteArrayOutputStream());
    }

    private Upload upload() {
        return find(Upload.class).withId("import-upload").single();
    }

    @SuppressWarnings("unchecked")
    private Grid<RowError> errorGrid() {
        return find(Grid.class).withId("import-errors").single();
    }

    /** Whether the component is there for the user: the browserless queries find only visible ones. */
    private boolean shown(Class<? extends com.vaadin.flow.component.Component> type, String id) {
        return !find(type).withId(id).all().isEmpty();
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }
}
