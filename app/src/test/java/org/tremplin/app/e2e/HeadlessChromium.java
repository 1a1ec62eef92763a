package org.tremplin.app.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's Chromium and its driver, from Debian's {@code chromium} and {@code chromium-driver}
 * packages (.ci/run installs them), headless. Other paths: {@code -Dtremplin.e2e.chromium=...} and
 * {@code -Dtremplin.e2e.chromedriver=...}. Missing ones fail the tests: an end-to-end run without a
 * browser must never look green. Nothing is downloaded (Selenium Manager stays unused).
 */
final class HeadlessChromium {
    private HeadlessChromium() {
    }

    static ChromeDriver start() {
        Path chromium = executable("tremplin.e2e.chromium", "/usr/bin/chromium");
        Path chromedriver = executable("tremplin.e2e.chromedriver", "/usr/bin/chromedriver");
        Path profile;
        try {
            profile = Files.createTempDirectory("e2e-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=fr-FR");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static Path executable(String property, String defaultPath) {
        Path path = Path.of(System.getProperty(property, defaultPath));
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException("The end-to-end tests need " + path + " (system property " + property
                    + "); on Debian: apt-get install -y chromium chromium-driver. They fail rather than skip.");
        }
        return path;
    }
}
