package org.portico.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) pointed at the
 * application under test. Each browser starts with a fresh profile; close it when done.
 *
 * <p>Without Chromium the test fails and says what to install, unless the system property
 * {@code portico.skipBrowser=true} asks to skip browser tests.
 */
public final class Browser implements AutoCloseable {

    /** A common phone screen, in CSS pixels. */
    public static final Dimension PHONE = new Dimension(375, 812);
    /** A laptop screen, in CSS pixels. */
    public static final Dimension DESKTOP = new Dimension(1280, 900);

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String baseUrl) {
        this.driver = driver;
        this.profile = profile;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Starts a browser with the given window size for the server on {@code port}. */
    public static Browser start(int port, Dimension window) {
        requireChromium();
        Path profile = temporaryProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options(profile, window));
        driver.manage().window().setSize(window);
        return new Browser(driver, profile, "http://127.0.0.1:" + port);
    }

    /** Opens a path of the application, such as {@code /s/help/signup}. */
    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Signs in through the sign-in page of a site and waits until it has been left. */
    public Browser signIn(String site, String email, String password) {
        open("/s/" + site + "/signin");
        type(By.id("email"), email);
        type(By.id("password"), password);
        clickToLoad(By.id("signin-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/signin")));
        return this;
    }

    /** Opens the collapsed navigation menu of a narrow window; does nothing on a wide one. */
    public Browser openMenu() {
        WebElement toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
        if (toggler.isDisplayed() && "false".equals(toggler.getDomAttribute("aria-expanded"))) {
            toggler.click();
            wait.until(page -> !page.findElements(By.cssSelector(".navbar-collapse.show"))
                    .isEmpty());
        }
        return this;
    }

    /** Clicks a link or button that loads another page, and waits until it has loaded. */
    public Browser clickToLoad(By element) {
        WebElement page = driver.findElement(By.tagName("html"));
        WebElement target = find(element);
        clickWhereItIs(target);
        wait.until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /** Clicks a button that may leave the page as it is (a form the page refuses to send). */
    public Browser click(By element) {
        clickWhereItIs(find(element));
        return this;
    }

    /**
     * Scrolls the element to the middle and clicks it; when content loaded meanwhile (similar
     * questions, suggestions) moved it away, as a person would, scrolls again and clicks again.
     */
    private void clickWhereItIs(WebElement target) {
        settle();
        for (int attempt = 1; ; attempt++) {
            driver.executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", target);
            try {
                target.click();
                return;
            } catch (ElementClickInterceptedException moved) {
                if (attempt == 3) {
                    throw moved;
                }
            }
        }
    }

    /**
     * Waits for what typing just set off (htmx requests wait 300 ms after the last key, then
     * swap in suggestions that move the rest of the page) to be over.
     */
    private void settle() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait.until(page -> Boolean.TRUE.equals(driver.executeScript(
                "return document.querySelectorAll('.htmx-request, .htmx-settling, .htmx-swapping')"
                        + ".length === 0")));
    }

    /** Submits the form that holds the element, and waits until the next page has loaded. */
    public Browser submitToLoad(By element) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(element).submit();
        wait.until(ExpectedConditions.stalenessOf(page));
        return this;
    }

    /** Replaces the text of an input. */
    public Browser type(By input, String text) {
        WebElement field = find(input);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Waits until the element is shown, then returns it. */
    public WebElement find(By element) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    /** Waits until the element shows the given text. */
    public Browser waitForText(By element, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(element, text));
        return this;
    }

    /** Waits until the address of the page contains the given fragment. */
    public Browser waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        return this;
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebDriver driver() {
        return driver;
    }

    /** The width of the page content, to catch layouts wider than the window. */
    public long scrollWidth() {
        return (Long) driver.executeScript("return document.documentElement.scrollWidth");
    }

    /** Saves the whole page as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "scale", 1,
                "width", ((Number) size.get("width")).doubleValue(),
                "height", ((Number) size.get("height")).doubleValue());
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        return save(name, Base64.getDecoder().decode((String) shot.get("data")));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }

    private static Path save(String name, byte[] png) {
        try {
            Files.createDirectories(SCREENSHOTS);
            return Files.write(SCREENSHOTS.resolve(name + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ChromeOptions options(Path profile, Dimension window) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile,
                "--window-size=" + window.getWidth() + "," + window.getHeight()));
        return options;
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("portico-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ". Install them with: apt-get install chromium chromium-driver"
                + " (.ci/run does this), or run with -Dportico.skipBrowser=true to skip them.";
        Assumptions.assumeFalse(Boolean.getBoolean("portico.skipBrowser"), missing);
        Assertions.fail(missing);
    }
}
