package org.tremplin.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tremplin.domain.identity.Permission;
import org.tremplin.domain.cohort.Cohort;

/** Bulk CSV import over HTTP: each bad row named by line and column, nothing written unless asked. */
class CsvImportApiSystemTest {
    private static final String HEADER = "cohort_id,given_name,family_name,email,enrolled_on,gender,date_of_birth,"
            + "priority_neighbourhood,highest_diploma";
    private static Api integrator;

    @BeforeAll
    static void token() {
        integrator = Api.withToken(Tokens.withScopes(Permission.MANAGE_LEARNERS, Permission.READ_PERSONAL_DATA,
                Permission.WRITE_OUTCOMES, Permission.READ_OUTCOMES));
    }

    private static String learners(Cohort cohort, String thirdEmail) {
        long n = System.nanoTime();
        return HEADER + "\n"
                + cohort.id() + ",Awa,Diallo,awa." + n + "@example.org,2025-10-06,WOMAN,1998-03-14,oui,BAC\n"
                + cohort.id() + ",Karim,Benali,karim." + n + "@example.org,2025-10-06,MAN,2001-07-30,non,BAC_PLUS_2\n"
                + cohort.id() + ",Lina,Moreau," + thirdEmail + ",2025-10-06,WOMAN,2003-01-09,oui,NONE\n";
    }

    private static long learnersIn(Cohort cohort) {
        return integrator.get("/api/v1/learners?cohort=" + cohort.id()).json().get("totalItems").getLongValue();
    }

    @Test
    void one_bad_row_is_named_by_line_and_column_and_nothing_is_imported() {
        Cohort cohort = Fixtures.cohort(Fixtures.school());

        Api.Reply refused = integrator.postBytes("/api/v1/learners/import", "text/csv",
                learners(cohort, "not-an-address").getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.get(0).get("line").getIntValue()).isEqualTo(4);
        assertThat(errors.get(0).get("field").getStringValue()).isEqualTo("email");
        assertThat(errors.get(0).get("message").getStringValue()).doesNotContain("not-an-address");
        assertThat(learnersIn(cohort)).isZero();
    }

    @Test
    void french_excel_files_with_semicolons_windows_1252_and_french_dates_are_read() {
        Cohort cohort = Fixtures.cohort(Fixtures.school());
        String excel = (HEADER + "\r\n" + cohort.id() + ";Hélène;Lefèvre-Cœur;helene." + System.nanoTime()
                + "@example.org;06/10/2025;WOMAN;14/03/1998;oui;BAC\r\n").replace(',', ';');

        Api.Reply imported = integrator.postBytes("/api/v1/learners/import", "text/csv",
                excel.getBytes(Charset.forName("windows-1252")));

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("rowsWritten").getIntValue()).isEqualTo(1);
        assertThat(imported.json().get("encoding").getStringValue()).isEqualTo("windows-1252");
        assertThat(imported.json().get("separator").getStringValue()).isEqualTo(";");
        JsonNode learner = integrator.get("/api/v1/learners?cohort=" + cohort.id()).json().get("items").get(0);
        assertThat(learner.get("givenName").getStringValue()).isEqualTo("Hélène");
        assertThat(learner.get("familyName").getStringValue()).isEqualTo("Lefèvre-Cœur");
        assertThat(learner.get("enrolledOn").getStringValue()).isEqualTo("2025-10-06");
    }

    @Test
    void validate_only_writes_nothing_and_valid_rows_only_writes_the_good_ones() {
        Cohort cohort = Fixtures.cohort(Fixtures.school());
        byte[] file = learners(cohort, "").getBytes(StandardCharsets.UTF_8);

        Api.Reply checked = integrator.postBytes("/api/v1/learners/import?mode=validate_only", "text/csv", file);
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.json().get("rowsRead").getIntValue()).isEqualTo(3);
        assertThat(checked.json().get("rowsWritten").getIntValue()).isZero();
        assertThat(checked.json().get("errors").get(0).get("line").getIntValue()).isEqualTo(4);
        assertThat(learnersIn(cohort)).isZero();

        Api.Reply partial = integrator.postBytes("/api/v1/learners/import?mode=valid-rows-only", "text/csv", file);
        assertThat(partial.status()).as(partial.toString()).isEqualTo(200);
        assertThat(partial.json().get("rowsWritten").getIntValue()).isEqualTo(2);
        assertThat(learnersIn(cohort)).isEqualTo(2);
    }

    @Test
    void unreadable_files_and_unknown_modes_are_400s() {
        Api.Reply badMode = integrator.postBytes("/api/v1/learners/import?mode=sometimes", "text/csv",
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.fieldsInError()).containsExactly("mode");

        Api.Reply duplicateHeader = integrator.postBytes("/api/v1/learners/import", "text/csv",
                "email,email\nx,y\n".getBytes(StandardCharsets.UTF_8));
        assertThat(duplicateHeader.status()).isEqualTo(400);
        assertThat(duplicateHeader.fieldsInError()).containsExactly("file");
    }

    @Test
    void an_outcomes_file_reports_an_unknown_situation_on_its_line() {
        var leaver = Fixtures.leaver(Fixtures.cohort(Fixtures.school()));
        String file = "learner_id,observed_on,situation\n"
                + leaver.id() + ",2026-01-05,PERMANENT_CONTRACT_MAYBE\n";

        Api.Reply refused = integrator.postBytes("/api/v1/outcomes/import", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("line").getIntValue()).isEqualTo(2);
        assertThat(error.get("field").getStringValue()).isEqualTo("situation");
    }

    @Test
    void a_header_alone_with_a_misspelt_column_is_refused_naming_it() {
        Api.Reply refused = integrator.postBytes("/api/v1/outcomes/import?mode=validate-only", "text/csv",
                "learner_id;observed_on;situaton\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
        assertThat(refused.json().get("rowsRead").getIntValue()).isZero();
        assertThat(refused.fieldsInError()).containsExactly("situaton", "situation");
    }

    @Test
    void the_templates_give_the_expected_header() {
        Api.Reply template = integrator.get("/api/v1/learners/import/template");

        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).startsWith("cohort_id,given_name,family_name,email,enrolled_on");
    }
}
