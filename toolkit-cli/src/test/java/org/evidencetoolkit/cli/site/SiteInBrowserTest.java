package org.evidencetoolkit.cli.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.evidencetoolkit.cli.SampleToolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.jspecify.annotations.Nullable;

/**
 * The sample's site in Debian's headless Chromium: no accessibility violations (axe-core, WCAG 2.2
 * A and AA), filters that really hide rows, sorting that really reorders them, and a screenshot.
 *
 * <p>When the environment variable {@code CI} is set these tests must run, and a missing browser
 * fails them; elsewhere they are skipped, saying why, when Chromium or its driver is missing.
 */
class SiteInBrowserTest {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  @TempDir static Path dir;
  private static @Nullable ChromeDriver driver;
  private static Path site = Path.of("site");
  /** The site built with a previous edition: a changes page and "Updated" marks. */
  private static Path changedSite = Path.of("changed-site");
  /** The site of the example non-YEF toolkit, {@code examples/learning-toolkit/}. */
  private static Path learningSite = Path.of("learning-site");

  @BeforeAll
  static void startBrowser() throws IOException {
    boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!installed) {
      String reason = "Chromium and chromedriver are not installed (" + CHROMIUM + ", " + CHROMEDRIVER
          + "); install the Debian packages chromium and chromium-driver to run the browser tests";
      if (System.getenv("CI") != null) {
        throw new IllegalStateException("CI is set, so the browser tests must run: " + reason);
      }
      System.err.println("SiteInBrowserTest skipped: " + reason);
      Assumptions.abort(reason);
    }
    site = dir.resolve("site");
    SiteBuilder.defaults().write(SampleToolkit.load(), SiteSink.directory(site));
    learningSite = dir.resolve("learning-site");
    SiteBuilder.defaults().write(
        org.evidencetoolkit.io.ToolkitReader.defaults()
            .readToolkit(Path.of("..", "examples", "learning-toolkit")),
        SiteSink.directory(learningSite));
    changedSite = dir.resolve("changed-site");
    SiteBuilder.builder().previous(SiteWithPreviousEditionTest.previous()).build()
        .write(SiteWithPreviousEditionTest.current(), SiteSink.directory(changedSite));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + Files.createDirectories(dir.resolve("profile")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    ChromeDriver started = new ChromeDriver(service, options);
    started.manage().window().setSize(new Dimension(1280, 1000));
    started.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver = started;
  }

  @AfterAll
  static void stopBrowser() {
    ChromeDriver running = driver;
    if (running != null) {
      running.quit();
    }
  }

  @BeforeEach
  void openIndex() {
    open("index.html");
  }

  private static ChromeDriver browser() {
    return Objects.requireNonNull(driver, "the browser did not start");
  }

  private void open(String page) {
    browser().get(site.resolve(page).toUri().toString());
  }

  private List<WebElement> visibleRows() {
    return browser().findElements(By.cssSelector("table[data-site-index] tbody tr")).stream()
        .filter(WebElement::isDisplayed).toList();
  }

  private List<String> visibleTitles() {
    return visibleRows().stream().map(r -> r.getAttribute("data-title")).toList();
  }

  private void choose(String name, String value) {
    new Select(browser().findElement(By.cssSelector("#site-filters select[name='" + name + "']")))
        .selectByValue(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "index.html",
    "compare.html",
    "interventions/trauma-informed-training.html",
    "interventions/focused-deterrence.html",
    "interventions/a-and-e-navigators.html"
  })
  void hasNoAccessibilityViolations(String page) {
    open(page);
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser());
    assertThat(results.getPasses()).as("axe ran its checks on " + page).isNotEmpty();
    assertThat(results.getViolations()).as(page + ":\n" + describe(results.getViolations())).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "changes.html", "index.html", "interventions/mentoring.html", "interventions/focused-deterrence.html"
  })
  void withAPreviousEditionHasNoAccessibilityViolations(String page) {
    browser().get(changedSite.resolve(page).toUri().toString());
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser());
    assertThat(results.getPasses()).as("axe ran its checks on " + page).isNotEmpty();
    assertThat(results.getViolations()).as(page + ":\n" + describe(results.getViolations())).isEmpty();
    if (!page.equals("changes.html")) {
      assertThat(browser().findElements(By.cssSelector(".site-updated"))).anyMatch(WebElement::isDisplayed);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "index.html",
    "compare.html",
    "interventions/reading-buddies.html",
    "interventions/homework-diaries.html",
    "interventions/maths-games-club.html",
    "interventions/weekly-spelling-tests.html"
  })
  void theExampleToolkitsSiteHasNoAccessibilityViolations(String page) {
    browser().get(learningSite.resolve(page).toUri().toString());
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser());
    assertThat(results.getPasses()).as("axe ran its checks on " + page).isNotEmpty();
    assertThat(results.getViolations()).as(page + ":\n" + describe(results.getViolations())).isEmpty();
  }

  /** axe can fail: a page with an unlabelled field and an image without text is caught. */
  @Test
  void axeCatchesAnInaccessiblePage() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.html"),
        "<!DOCTYPE html><html><head><title>x</title></head><body>"
            + "<input type=text><img src=missing.png></body></html>");
    browser().get(broken.toUri().toString());
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser());
    assertThat(results.getViolations()).extracting(Rule::getId)
        .contains("html-has-lang", "image-alt", "label");
  }

  @Test
  void theScriptRevealsTheFiltersAndCountsTheRows() {
    assertThat(browser().findElement(By.id("site-filters")).isDisplayed()).isTrue();
    assertThat(visibleRows()).hasSize(16);
    assertThat(browser().findElement(By.id("site-count")).getText()).isEqualTo("Showing 16 of 16 approaches.");
  }

  @Test
  void choosingAFilterChangesTheVisibleRows() {
    choose("band", "high");
    assertThat(visibleTitles()).containsExactly("A&E navigators", "Trauma-specific therapies",
        "Cognitive behavioural therapy", "Social skills training", "Focused deterrence");
    assertThat(browser().findElement(By.id("site-count")).getText()).isEqualTo("Showing 5 of 16 approaches.");

    choose("prevention", "secondary");
    assertThat(visibleTitles()).containsExactly("A&E navigators");

    choose("band", "");
    choose("prevention", "");
    choose("setting", "custody");
    assertThat(visibleTitles()).containsExactly("Trauma-informed training and service redesign");

    choose("setting", "");
    choose("min-evidence", "1");
    assertThat(visibleRows()).isEmpty();
    assertThat(browser().findElement(By.id("site-count")).getText()).isEqualTo("Showing 0 of 16 approaches.");

    browser().findElement(By.cssSelector("#site-filters button[type=reset]")).click();
    assertThat(visibleRows()).hasSize(16);
  }

  @Test
  void sortingReordersTheRows() {
    List<String> original = visibleTitles();
    assertThat(original.get(0)).isEqualTo("Trauma-informed training and service redesign");

    choose("sort", "title");
    List<String> byTitle = visibleTitles();
    assertThat(byTitle.get(0)).isEqualTo("A&E navigators");
    assertThat(byTitle.get(byTitle.size() - 1)).isEqualTo("Trauma-specific therapies");
    assertThat(byTitle).containsExactlyInAnyOrderElementsOf(original).isNotEqualTo(original);

    choose("sort", "impact");
    List<String> byImpact = visibleTitles();
    assertThat(byImpact.get(0)).isEqualTo("Focused deterrence");
    assertThat(byImpact.get(5)).isEqualTo("Mentoring");
    assertThat(byImpact.subList(13, 16)).containsExactly(
        "Trauma-informed training and service redesign", "Knife crime education programmes",
        "Arts programmes");

    choose("sort", "");
    assertThat(visibleTitles()).isEqualTo(original);
  }

  @Test
  void writesAScreenshotOfTheIndex() throws IOException {
    File shot = browser().getScreenshotAs(OutputType.FILE);
    Path target = Path.of(System.getProperty("toolkit.test.output", "target"), "site-index.png");
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isGreaterThan(10_000);
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }
}
