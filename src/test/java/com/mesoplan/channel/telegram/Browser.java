package com.mesoplan.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), driven by
 * Selenium, for the console's tests.
 */
final class Browser implements AutoCloseable {

  private static final String CHROMIUM = System.getProperty("mesoplan.chromium",
      "/usr/bin/chromium");
  private static final String DRIVER = System.getProperty("mesoplan.chromedriver",
      "/usr/bin/chromedriver");

  final WebDriver driver;

  Browser(String language) {
    assertThat(new File(CHROMIUM)).as("Chromium is needed for the console's tests: "
        + "apt-get install chromium chromium-driver (as .ci/run does)").exists();
    assertThat(new File(DRIVER)).as("chromium-driver is needed for the console's tests")
        .exists();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,1000", "--lang=" + language,
        "--accept-lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  String text(String css) {
    return find(css).getText();
  }

  boolean has(String css) {
    return !driver.findElements(By.cssSelector(css)).isEmpty();
  }

  /** Clicks the button with exactly this label and waits for the page it sends to. */
  void press(String label) {
    pressIn(find("body"), label);
  }

  /** Clicks the button with this label inside the element and waits for the next page. */
  void pressIn(WebElement scope, String label) {
    WebElement page = find("html");
    scope.findElements(By.tagName("button")).stream()
        .filter(b -> b.getText().strip().equals(label)).findFirst()
        .orElseThrow(() -> new AssertionError("no button '" + label + "' on "
            + driver.getCurrentUrl() + ":\n" + text("body")))
        .click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("the page after " + label)
        .until(ExpectedConditions.stalenessOf(page));
  }

  void await(String what, java.util.function.Predicate<Browser> condition, Duration timeout) {
    // a part of the page swapped in while it is read is read again
    new WebDriverWait(driver, timeout).withMessage(what)
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> condition.test(this));
  }

  Object script(String script, Object... args) {
    return ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(script, args);
  }

  void forgetSession() {
    driver.manage().deleteAllCookies();
  }

  /** A picture of the whole page at this width, for the README. */
  void screenshot(Path file, int width) throws IOException {
    Dimension before = driver.manage().window().getSize();
    long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 2400)));
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    driver.manage().window().setSize(before);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
