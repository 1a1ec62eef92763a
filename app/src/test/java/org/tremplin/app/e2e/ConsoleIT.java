package org.tremplin.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.tree.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tremplin.app.demo.DemoAccess;

/**
 * The console end to end, in a real headless Chromium, on the whole application with the demo
 * network: what a person does first. Run by {@code ./mvnw -Pe2e ...} (see app/pom.xml) in CI, not by
 * {@code ./mvnw verify}. Keeps a screenshot of each main view in target/e2e-screenshots.
 */
class ConsoleIT {
    private static final String CASTELNAU = "École IA Castelnau-le-Lez";
    private static final String FRENCH_DATE = "^\\d{2}/\\d{2}/\\d{4}$";
    private static final String DEMO_EMAIL = "^[^@\\s]+@exemple\\.invalid$";
    private static final String EUROS_FR = "^\\d{1,3}([\\u00a0\\u202f]\\d{3})*,\\d{2}[\\u00a0\\u202f]€$";
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter UNIQUE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static RunningApplication application;
    private static ConsoleBrowser browser;

    /** A failed test leaves a picture of the page it stopped on. */
    @RegisterExtension
    static final TestWatcher PICTURE_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshotAsIs("failed-" + context.getRequiredTestMethod().getName());
            }
        }
    };

    @BeforeAll
    static void startApplicationAndBrowser() {
        ChromeDriver chromium = HeadlessChromium.start(); // first: without a browser, fail before the long start
        try {
            application = RunningApplication.start();
        } catch (RuntimeException e) {
            chromium.quit();
            throw e;
        }
        browser = new ConsoleBrowser(chromium, application.consoleUrl());
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (application != null) {
            application.close();
        }
    }

    @Test
    void the_demo_administrator_signs_in_in_french_sees_the_dashboard_and_the_schools_then_signs_out() {
        browser.openAsNewVisitor("signin");
        browser.waitForTitle("Connexion à la console");
        browser.screenshot("01-signin");

        browser.signIn(DemoAccess.ADMIN_EMAIL, DemoAccess.ADMIN_PASSWORD);

        browser.waitForPath("dashboard");
        browser.waitForTitle("Tableau de bord");
        assertThat(browser.waitForText("signed-in-user", "administration"))
                .isEqualTo(DemoAccess.ADMIN_DISPLAY_NAME + " (administration)");
        browser.waitFor(By.xpath("//p[normalize-space(.)='Bienvenue, " + DemoAccess.ADMIN_DISPLAY_NAME + ".']"));
        browser.waitFor(By.xpath("//h3[normalize-space(.)='Devenir des sortants (définitions officielles InserJeunes)']"));
        browser.waitFor(By.id("dashboard-horizon-24"));
        browser.screenshot("02-dashboard");
        // One leaving year of the demo network, then its follow-ups: coverage beside each rate.
        browser.choose("dashboard-leaving-year", "2024-2025");
        WebElement followUps = browser.waitFor(By.id("dashboard-follow-up"));
        browser.script("arguments[0].scrollIntoView({block: 'start'});", followUps);
        browser.waitFor(By.xpath("//*[@id='dashboard-follow-up']//*[starts-with(normalize-space(.), 'Couverture du suivi')]"));
        browser.screenshot("02b-dashboard-follow-ups-2024-2025");

        browser.navigateTo("Écoles");

        browser.waitForPath("schools");
        browser.waitForTitle("Écoles");
        browser.waitForGridCell("schools-grid", "École IA Castelnau-le-Lez");
        browser.screenshot("03-schools");
        String exported = browser.downloadText("schools-export");
        assertThat(exported.lines().findFirst().orElseThrow()).as("French Excel's separator").contains(";");
        assertThat(exported.lines().filter(line -> line.contains(CASTELNAU))).hasSize(1);
        // Another test may have planned a school already.
        assertThat(exported.lines().count()).as("a header and every demo school").isGreaterThanOrEqualTo(21);

        browser.click("sign-out");

        browser.waitForPath("signin");
        browser.waitForTitle("Connexion à la console");
        browser.open("schools");
        browser.waitForPath("signin");
    }

    @Test
    void a_wrong_password_is_refused_in_french() {
        browser.openAsNewVisitor("signin");
        browser.waitForTitle("Connexion à la console");

        browser.signIn(DemoAccess.ADMIN_EMAIL, "pas-le-bon-mot-de-passe");

        assertThat(browser.waitForText("signin-message", "incorrect"))
                .isEqualTo("Adresse e-mail ou mot de passe incorrect.");
        browser.waitForPath("signin");
        Path picture = browser.screenshot("04-signin-refused");
        assertThat(Files.exists(picture)).isTrue();
    }

    /** Each side-navigation view once its grid has loaded rows, with something of the demo network on it. */
    @Test
    void the_demo_administrator_opens_each_main_view_and_sees_its_rows() {
        signInAsTheDemoAdministrator();

        browser.navigateTo("Programmes");
        browser.waitForPath("programmes");
        browser.waitForTitle("Programmes");
        browser.waitForGridCell("programmes-grid", "Développeur·se Data IA");
        browser.screenshot("05-programmes");

        browser.navigateTo("Promotions");
        browser.waitForPath("cohorts");
        browser.waitForTitle("Promotions");
        browser.waitForGridCell("cohorts-grid", CASTELNAU);
        assertThat(browser.waitForGridCellMatching("cohorts-grid", FRENCH_DATE)).matches(FRENCH_DATE);
        browser.screenshot("06-cohorts");

        browser.navigateTo("Candidatures");
        browser.waitForPath("applicants");
        browser.waitForTitle("Candidatures");
        assertThat(browser.waitForGridCellMatching("applicants-grid", DEMO_EMAIL)).endsWith("@exemple.invalid");
        browser.screenshot("07-applicants");

        browser.navigateTo("Apprenants");
        browser.waitForPath("learners");
        browser.waitForTitle("Apprenants");
        assertThat(browser.waitForGridCellMatching("learners-grid", DEMO_EMAIL)).endsWith("@exemple.invalid");
        browser.screenshot("08-learners");

        browser.navigateTo("Partenaires");
        browser.waitForPath("partners");
        browser.waitForTitle("Partenaires");
        browser.waitForGridCell("partners-grid", "Banque Atlas");
        assertThat(browser.waitForGridCellMatching("partners-grid", "^École IA Castelnau-le-Lez : "))
                .startsWith(CASTELNAU + " : ");
        browser.screenshot("09-partners");

        browser.navigateTo("Financements");
        browser.waitForPath("funding");
        browser.waitForTitle("Financements");
        browser.waitForText("funding-parity", "Choisissez une école pour voir ses règles de parité.");
        browser.choose("funding-school", CASTELNAU);
        browser.waitForGridCell("funding-grid", CASTELNAU);
        // fr-FR amounts: digits grouped by (narrow) no-break spaces, a decimal comma, the euro sign last.
        assertThat(browser.waitForGridCellMatching("funding-grid", EUROS_FR)).matches(EUROS_FR);
        assertThat(browser.waitForText("funding-parity", "Parité respectée")).contains("Parité respectée");
        browser.screenshot("10-funding-castelnau-parity");

        browser.navigateTo("Contrats en alternance");
        browser.waitForPath("contracts");
        browser.waitForTitle("Contrats en alternance");
        assertThat(browser.waitForGridCellMatching("contracts-grid", FRENCH_DATE)).matches(FRENCH_DATE);
        browser.screenshot("11-contracts");

        browser.navigateTo("Devenir des apprenants");
        browser.waitForPath("outcomes");
        browser.waitForTitle("Devenir des apprenants");
        assertThat(browser.waitForGridCellMatching("outcomes-grid", FRENCH_DATE)).matches(FRENCH_DATE);
        browser.screenshot("12-outcomes");

        browser.navigateTo("Alertes");
        browser.waitForPath("alertes");
        browser.waitForTitle("Alertes");
        // The demo network has early warnings of every kind (DemoNetworkLoadedTest); each row says what to do.
        assertThat(browser.waitForGridCellMatching("warnings-grid",
                "^(Contrat rompu le|En alternance sans contrat depuis le|Suivi à (6|12) mois attendu le) "))
                .containsPattern(" le \\d{2}/\\d{2}/\\d{4}");
        browser.screenshot("28-warnings");
    }

    @Test
    void the_demo_administrator_checks_a_csv_file_then_imports_its_valid_rows_only() throws Exception {
        String unique = UNIQUE.format(LocalDateTime.now());
        String family = "Import-" + unique;
        String cohort = aCohortIdFromTheApi();
        String enrolled = FRENCH.format(LocalDate.now(java.time.ZoneId.of("Europe/Paris")).minusDays(30));
        // French Excel's way: semicolons, dd/MM/yyyy dates; the second row's e-mail is wrong.
        String csv = "cohort_id;given_name;family_name;email;enrolled_on;gender;date_of_birth;"
                + "priority_neighbourhood;highest_diploma\n"
                + cohort + ";Inès;" + family + ";ines." + unique + "@exemple.invalid;" + enrolled
                + ";WOMAN;02/02/2000;oui;BAC\n"
                + cohort + ";Yanis;" + family + ";pas-une-adresse;" + enrolled + ";MAN;03/03/2001;non;BAC\n";
        Path file = ConsoleBrowser.SCREENSHOTS.resolveSibling("e2e-import-" + unique + ".csv");
        Files.writeString(file, csv);

        signInAsTheDemoAdministrator();
        browser.navigateTo("Importer");
        browser.waitForPath("import");
        browser.waitForTitle("Importer un fichier");
        browser.upload("import-upload", file);
        browser.waitForGridCell("import-errors", "Cette adresse e-mail n'est pas valide.");
        browser.waitForGridCell("import-errors", "3");
        browser.screenshot("29-import-checked");

        browser.waitForText("import-valid-rows", "Importer la ligne valide");
        browser.click("import-valid-rows");
        browser.waitForText("import-status", "1 ligne importée.");
        browser.screenshot("30-import-done");

        browser.navigateTo("Apprenants");
        browser.waitForPath("learners");
        browser.type("learners-filter", family);
        browser.waitForGridCell("learners-grid", family + ", Inès");
        browser.screenshot("31-imported-learner");
    }

    @Test
    void the_demo_administrator_plans_a_school_and_finds_it_in_the_list() {
        signInAsTheDemoAdministrator();
        browser.navigateTo("Écoles");
        browser.waitForPath("schools");
        browser.waitForGridCell("schools-grid", CASTELNAU);
        String name = "École e2e " + UNIQUE.format(LocalDateTime.now());

        browser.click("schools-plan");
        browser.type("school-name", name);
        browser.type("school-town", "Montpellier");
        browser.choose("school-region", "Occitanie");
        browser.type("school-departement", "34");
        browser.screenshot("13-school-plan-dialog");
        browser.click("school-save");

        // The list sorts by name, so the new school ("École e2e …") is among its first rows, selected.
        browser.waitForGridCell("schools-grid", name);
        browser.waitForGridCell("schools-grid", "Montpellier");
        browser.screenshot("14-school-planned");
    }

    @Test
    void a_departement_outside_the_region_is_told_in_french_beside_the_field() {
        signInAsTheDemoAdministrator();
        browser.navigateTo("Écoles");
        browser.waitForPath("schools");
        browser.waitForGridCell("schools-grid", CASTELNAU);

        browser.click("schools-plan");
        browser.type("school-name", "École e2e hors région " + UNIQUE.format(LocalDateTime.now()));
        browser.type("school-town", "Paris");
        browser.choose("school-region", "Occitanie");
        browser.type("school-departement", "75");
        browser.click("school-save");

        assertThat(browser.waitForFieldError("school-departement"))
                .isEqualTo("Ce département n'appartient pas à la région choisie.");
        browser.screenshot("15-school-departement-outside-region");
        browser.click("school-cancel");
    }

    /**
     * The console's forms end to end: a learner enrolled in a Castelnau-le-Lez cohort, taken to the
     * diploma through the row actions, then a follow-up saying they were hired, and the dashboard's
     * local figure "Emplois créés" rises by one (their latest situation is now employment, a new
     * learner had none).
     * Dates are counted back from today, since the dashboard reads situations as of today.
     */
    @Test
    void the_demo_administrator_enrols_a_learner_follows_them_into_a_job_and_sees_the_dashboard_change() {
        signInAsTheDemoAdministrator();
        long jobsBefore = jobsCreated();
        browser.screenshot("16-dashboard-before");
        String unique = UNIQUE.format(LocalDateTime.now());
        String family = "Essai-" + unique;
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        LocalDate enrolled = today.minusDays(420);

        browser.navigateTo("Apprenants");
        browser.waitForPath("learners");
        browser.click("learners-enrol");
        browser.chooseInComboBox("learner-cohort", "Castelnau", "Promo ");
        browser.typeDate("learner-enrolled-on", FRENCH.format(enrolled));
        browser.type("learner-given-name", "Camille");
        browser.type("learner-family-name", family);
        browser.type("learner-email", "camille." + unique + "@exemple.invalid");
        browser.choose("learner-gender", "Femme");
        browser.typeDate("learner-date-of-birth", "15/05/1998");
        browser.choose("learner-diploma", "Bac");
        browser.screenshot("17-learner-enrol-dialog");
        browser.click("learner-save");

        browser.type("learners-filter", family);
        browser.waitForGridCell("learners-grid", family + ", Camille");
        browser.waitForGridCell("learners-grid", "Inscrit");
        browser.screenshot("18-learner-enrolled");
        moveLearner("En formation au centre", enrolled.plusDays(1));
        moveLearner("En alternance", enrolled.plusDays(180));
        browser.clickInGrid("learners-grid", "learner-status");
        browser.screenshot("19-learner-status-dialog");
        browser.choose("learner-next-status", "Diplômé");
        browser.typeDate("learner-status-date", FRENCH.format(today.minusDays(60)));
        browser.click("learner-status-save");
        browser.waitForGridCell("learners-grid", "Diplômé");
        browser.screenshot("20-learner-graduated");

        browser.navigateTo("Devenir des apprenants");
        browser.waitForPath("outcomes");
        browser.click("outcomes-record");
        browser.chooseInComboBox("outcome-learner", family, family + ", Camille");
        assertThat(browser.waitForText("outcome-follow-ups", "Sortie le"))
                .startsWith("Sortie le " + FRENCH.format(today.minusDays(60)));
        browser.typeDate("outcome-observed-on", FRENCH.format(today.minusDays(3)));
        browser.choose("outcome-situation", "CDI");
        browser.type("outcome-employer-name", "Datalyse " + unique);
        browser.type("outcome-job-title", "Développeuse data");
        browser.screenshot("21-outcome-dialog");
        browser.click("outcome-save");
        browser.waitForGridCell("outcomes-grid", "Datalyse " + unique);
        browser.screenshot("22-outcome-recorded");

        browser.navigateTo("Tableau de bord");
        browser.waitForPath("dashboard");
        assertThat(jobsCreated()).as("jobs created, before and after").isEqualTo(jobsBefore + 1);
        browser.screenshot("23-dashboard-after");
    }

    @Test
    void the_demo_administrator_sees_the_selection_board_the_accounts_and_the_tokens_then_switches_to_english() {
        signInAsTheDemoAdministrator();
        browser.navigateTo("Candidatures");
        browser.waitForPath("applicants");
        browser.click("applicants-mode-board");
        browser.waitFor(By.id("applicants-board-choose"));
        browser.chooseInComboBox("applicants-cohort", "Castelnau", "Promo ");
        browser.waitFor(By.id("applicants-board-APPLIED"));
        browser.screenshot("24-applicants-board");

        browser.navigateTo("Comptes");
        browser.waitForPath("users");
        browser.waitForGridCell("users-grid", DemoAccess.ADMIN_EMAIL);
        browser.screenshot("25-users");

        browser.navigateTo("Jetons d'API");
        browser.waitForPath("api-tokens");
        browser.waitForTitle("Jetons d'API");
        browser.screenshot("26-api-tokens");

        browser.choose("language", "English");
        browser.waitForTitle("API tokens");
        browser.navigateTo("Dashboard");
        browser.waitForTitle("Dashboard");
        browser.screenshot("27-dashboard-english");
    }

    private static void moveLearner(String status, LocalDate on) {
        browser.clickInGrid("learners-grid", "learner-status");
        browser.choose("learner-next-status", status);
        browser.typeDate("learner-status-date", FRENCH.format(on));
        browser.click("learner-status-save");
        browser.waitForGridCell("learners-grid", status);
    }

    /** The dashboard's "jobs created" figure, a local one, digits only (fr-FR groups thousands with spaces). */
    private static long jobsCreated() {
        browser.waitForTitle("Tableau de bord");
        assertThat(browser.textOf("#figure-jobs-created .figure-label"))
                .isEqualTo("Emplois créés (indicateur local : salariés et indépendants)");
        return Long.parseLong(browser.textOf("#figure-jobs-created .figure-value").replaceAll("\\D", ""));
    }

    /** A cohort's id as an integrator reads it, with the demo token: the import file names cohorts by id. */
    private static String aCohortIdFromTheApi() throws Exception {
        HttpResponse<String> cohorts = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(application.apiUrl() + "api/v1/cohorts?size=1"))
                .header("Authorization", "Bearer " + DemoAccess.INTEGRATOR_TOKEN_SECRET).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cohorts.statusCode()).as(cohorts.body()).isEqualTo(200);
        return application.jsonMapper().readValue(cohorts.body(), JsonNode.class)
                .get("items").get(0).get("id").getStringValue();
    }

    private static void signInAsTheDemoAdministrator() {
        browser.openAsNewVisitor("signin");
        browser.waitForTitle("Connexion à la console");
        browser.signIn(DemoAccess.ADMIN_EMAIL, DemoAccess.ADMIN_PASSWORD);
        browser.waitForPath("dashboard");
        browser.waitForTitle("Tableau de bord");
    }
}
