package org.tremplin.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tremplin.app.demo.DemoAccess;

/**
 * The console end to end, in a real headless Chromium, on the whole application with the demo
 * network: what a person does first. Run by {@code ./mvnw -Pe2e ...} (see app/pom.xml) in CI, not by
 * {@code ./mvnw verify}. Keeps a screenshot of each main view in target/e2e-screenshots.
 */
class ConsoleIT {
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
        browser.screenshot("02-dashboard");

        browser.navigateTo("Écoles");

        browser.waitForPath("schools");
        browser.waitForTitle("Écoles");
        browser.waitForGridCell("schools-grid", "École IA Castelnau-le-Lez");
        browser.screenshot("03-schools");

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
}
