package org.tremplin.app.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as a person sees it in Chromium. Every step waits explicitly: for Vaadin's client to
 * have nothing left to send or receive, then for the element it needs (Vaadin components are web
 * components: their text fields keep the real {@code <input>} in their light DOM, and grid cells are
 * {@code vaadin-grid-cell-content} children of the grid). Selectors are the ids the console sets and
 * the French labels it shows, so that new views do not disturb them.
 */
final class ConsoleBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of(System.getProperty("tremplin.e2e.screenshots", "target/e2e-screenshots"))
            .toAbsolutePath();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Vaadin's client is idle once every Flow client has no request under way (TestBench waits the same way). */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients || Object.keys(flow.clients).length === 0) { return false; }
            return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
            """;

    private final ChromeDriver driver;
    private final String consoleUrl;
    private final WebDriverWait wait;

    ConsoleBrowser(ChromeDriver driver, String consoleUrl) {
        this.driver = driver;
        this.consoleUrl = consoleUrl;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Forgets the session (a new visitor), then opens a path of the console such as "signin". */
    void openAsNewVisitor(String path) {
        driver.get(consoleUrl);
        driver.manage().deleteAllCookies();
        open(path);
    }

    void open(String path) {
        driver.get(consoleUrl + path);
        waitForVaadin();
    }

    void signIn(String email, String password) {
        type("signin-email", email);
        type("signin-password", password);
        click("signin-submit");
    }

    void type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        waitForVaadin();
    }

    /** Follows the side navigation's entry with that visible label. */
    void navigateTo(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-side-nav-item[normalize-space(.)=" + xpathLiteral(label) + "]"))).click();
        waitForVaadin();
    }

    /** Waits for the view whose title (its H2, or the sign-in page's H1) reads so. */
    void waitForTitle(String title) {
        waitFor(By.xpath("//*[self::h1 or self::h2][normalize-space(.)=" + xpathLiteral(title) + "]"));
    }

    WebElement waitFor(By by) {
        waitForVaadin();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String waitForText(String id, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
        return driver.findElement(By.id(id)).getText();
    }

    /** Waits for a cell of the grid holding exactly that text, once the grid has loaded its rows. */
    WebElement waitForGridCell(String gridId, String text) {
        WebElement grid = waitFor(By.id(gridId));
        wait.until(condition(d -> grid.getDomAttribute("loading") == null));
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//vaadin-grid[@id=" + xpathLiteral(gridId)
                + "]/vaadin-grid-cell-content[normalize-space(.)=" + xpathLiteral(text) + "]")));
    }

    /**
     * Waits for the grid to have loaded rows (not loading, a size above zero), then for one of its
     * cells whose text matches the (JavaScript) regular expression; returns that cell's text.
     */
    String waitForGridCellMatching(String gridId, String regex) {
        waitFor(By.id(gridId));
        return wait.until(d -> (String) script("""
                const grid = document.getElementById(arguments[0]);
                if (!grid || grid.hasAttribute('loading') || !(grid.size > 0)) { return null; }
                const pattern = new RegExp(arguments[1]);
                for (const cell of grid.querySelectorAll(':scope > vaadin-grid-cell-content')) {
                  const text = cell.textContent.trim();
                  if (pattern.test(text)) { return text; }
                }
                return null;
                """, gridId, regex));
    }

    /** Opens the select with that id and picks the item showing that label, then waits for it to be chosen. */
    void choose(String selectId, String label) {
        click(selectId);
        // The item may lie below the open list's fold: scroll it into view first.
        WebElement item = wait.until(d -> {
            for (WebElement candidate : d.findElements(
                    By.xpath("//vaadin-select-item[normalize-space(.)=" + xpathLiteral(label) + "]"))) {
                script("arguments[0].scrollIntoView({block: 'center'});", candidate);
                if (candidate.isDisplayed()) {
                    return candidate;
                }
            }
            return null;
        });
        wait.until(ExpectedConditions.elementToBeClickable(item)).click();
        waitForVaadin();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(selectId), label));
    }

    /** Types a date as the console reads it (dd/MM/yyyy) into a date picker, replacing its value, and commits it. */
    void typeDate(String pickerId, String date) {
        WebElement input = waitFor(By.cssSelector("#" + pickerId + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), date, Keys.ENTER);
        waitForVaadin();
        wait.until(condition(d -> date.equals(input.getDomProperty("value"))));
    }

    /**
     * Types into the combo box with that id (which filters its items, on the server for a lazy one)
     * and picks the first item whose label starts with {@code labelStart}; waits for it to be chosen.
     */
    void chooseInComboBox(String comboId, String typed, String labelStart) {
        WebElement input = waitFor(By.cssSelector("#" + comboId + " input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed);
        WebElement item = wait.until(d -> firstDisplayed(d.findElements(By.xpath(
                "//vaadin-combo-box-item[starts-with(normalize-space(.), " + xpathLiteral(labelStart) + ")]"))));
        item.click();
        waitForVaadin();
        wait.until(condition(d -> String.valueOf(input.getDomProperty("value")).startsWith(labelStart)));
    }

    /** Clicks the first shown, enabled button of that class name inside the grid's cells (a row's action). */
    void clickInGrid(String gridId, String buttonClass) {
        WebElement button = wait.until(d -> firstDisplayed(d.findElements(By.xpath("//vaadin-grid[@id="
                + xpathLiteral(gridId) + "]//vaadin-button[contains(concat(' ', normalize-space(@class), ' '), "
                + xpathLiteral(" " + buttonClass + " ") + ") and not(@disabled)]"))));
        button.click();
        waitForVaadin();
    }

    /**
     * Hands a file to the upload component with that id, as picking it in the file dialog would:
     * the component's file input (hidden, in its light or shadow DOM) takes the file's path.
     */
    void upload(String uploadId, Path file) {
        waitFor(By.id(uploadId));
        WebElement input = (WebElement) script("""
                const upload = document.getElementById(arguments[0]);
                return upload.querySelector('input[type=file]')
                    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
                """, uploadId);
        input.sendKeys(file.toAbsolutePath().toString());
        waitForVaadin();
    }

    /** What the download link with that id hands over, fetched by the page itself (so within its session). */
    String downloadText(String linkId) {
        waitFor(By.id(linkId));
        return (String) script("return fetch(document.getElementById(arguments[0]).href).then(answer => answer.text());",
                linkId);
    }

    /** The text of the element the CSS selector finds, once shown. */
    String textOf(String cssSelector) {
        return waitFor(By.cssSelector(cssSelector)).getText().strip();
    }

    /** Waits for the message a field shows beside it (its error-message slot) once invalid; returns it. */
    String waitForFieldError(String fieldId) {
        WebElement message = waitFor(By.xpath("//*[@id=" + xpathLiteral(fieldId) + " and @invalid]"
                + "/*[@slot='error-message' and normalize-space(.)!='']"));
        return message.getText().strip();
    }

    void waitForPath(String path) {
        wait.until(ExpectedConditions.urlToBe(consoleUrl + path));
        waitForVaadin();
    }

    /**
     * A PNG of the page as it is, once Vaadin is idle and the Lumo theme is applied (else the
     * picture would show an unstyled page): {@code target/e2e-screenshots/<name>.png}.
     */
    Path screenshot(String name) {
        waitForVaadin();
        wait.until(condition(d -> Boolean.TRUE.equals(script(
                "return document.fonts.status === 'loaded' && getComputedStyle(document.documentElement)"
                        + ".getPropertyValue('--lumo-primary-color').trim() !== '';"))));
        return save(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** A picture of whatever the page shows, without waiting: for a failed test. */
    Path screenshotAsIs(String name) {
        return save(name, driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }

    private void waitForVaadin() {
        wait.until(condition(d -> Boolean.TRUE.equals(script(VAADIN_IDLE))));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    private static Path save(String name, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            assertThat(png).as("screenshot " + name).hasSizeGreaterThan(1000);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WebElement firstDisplayed(java.util.List<WebElement> candidates) {
        for (WebElement candidate : candidates) {
            if (candidate.isDisplayed()) {
                return candidate;
            }
        }
        return null;
    }

    private static ExpectedCondition<Boolean> condition(Function<WebDriver, Boolean> check) {
        return check::apply;
    }

    private static String xpathLiteral(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "',\"'\",'") + "')";
    }
}
