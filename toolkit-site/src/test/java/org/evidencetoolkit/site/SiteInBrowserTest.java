package org.evidencetoolkit.site;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.jspecify.annotations.Nullable;

/**
 * The sample's site, the site of an invented toolkit under a profile of its own, and the sample's
 * site built with a previous edition ("What's changed" and "Updated" marks), in Debian's headless
 * Chromium: no accessibility violations (axe-core, WCAG 2.2 A and AA) in the light and
 * the dark colour scheme, no page wider than the window from 320 to 1920 pixels, a centred column
 * on a wide screen, filters that really hide rows (and say so when none match), sorting that
 * really reorders them, focus rings of at least 3:1, a print view without navigation or filters,
 * and screenshots under {@code target/} of the reference page and the index at 390 and 1280
 * pixels.
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
  private static Path learning = Path.of("learning");
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
    SiteBuilder.defaults().write(BundledSample.load(), SiteSink.directory(site));
    learningSite = dir.resolve("learning-site");
    SiteBuilder.defaults().write(
        org.evidencetoolkit.io.ToolkitReader.defaults()
            .readToolkit(Path.of("..", "examples", "learning-toolkit")),
        SiteSink.directory(learningSite));
    learning = dir.resolve("learning");
    SiteBuilder.defaults().write(LearningToolkit.load(), SiteSink.directory(learning));
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
    viewport(1280, 1000);
    emulate("", "light");
    open("index.html");
  }

  /** The layout viewport of a window this wide, whatever the browser's own minimum window size. */
  private static void viewport(int width, int height) {
    browser().executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Emulates a media type ({@code ""} for the screen, or {@code print}) and a colour scheme. */
  private static void emulate(String media, String scheme) {
    browser().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media,
        "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  /** Every HTML page of a site, relative to its root. */
  private static List<String> pages(Toolkit toolkit) {
    List<String> pages = new ArrayList<>(List.of(SiteBuilder.INDEX, SiteBuilder.COMPARE));
    toolkit.interventions().forEach(i -> pages.add(SiteBuilder.pagePath(i)));
    return pages;
  }

  /** Every HTML page of one of the three sites built for these tests. */
  private static List<String> sitePages(Path root) {
    if (root.equals(learning)) {
      return pages(LearningToolkit.load());
    }
    if (root.equals(changedSite)) {
      List<String> pages = new ArrayList<>(pages(SiteWithPreviousEditionTest.current()));
      pages.add(SiteBuilder.CHANGES);
      return pages;
    }
    return pages(BundledSample.load());
  }

  static Stream<Arguments> samplePagesInBothSchemes() {
    return pages(BundledSample.load()).stream()
        .flatMap(page -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
  }

  static Stream<Arguments> learningPagesInBothSchemes() {
    return pages(LearningToolkit.load()).stream()
        .flatMap(page -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
  }

  private static ChromeDriver browser() {
    return Objects.requireNonNull(driver, "the browser did not start");
  }

  private void open(String page) {
    open(site, page);
  }

  private void open(Path root, String page) {
    browser().get(root.resolve(page).toUri().toString());
  }

  private static Object script(String js, Object... arguments) {
    return Objects.requireNonNull(browser().executeScript(js, arguments), js);
  }

  private static long number(String js) {
    return ((Number) script(js)).longValue();
  }

  /**
   * Waits, up to five seconds, for what the page does on its next turn: a form's fields are reset
   * after its {@code reset} event, so the filters update in a task of their own
   * ({@code setTimeout(update, 0)}), which a check made straight after the click can beat.
   */
  private void awaitUntil(java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser(), Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
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

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("samplePagesInBothSchemes")
  void hasNoAccessibilityViolations(String page, String scheme) {
    emulate("", scheme);
    open(page);
    assertNoViolations(page + " (" + scheme + ")");
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("learningPagesInBothSchemes")
  void aSiteUnderAnotherProfileHasNoViolationsAndNoWordOfViolence(String page, String scheme) {
    emulate("", scheme);
    open(learning, page);
    assertNoViolations("learning " + page + " (" + scheme + ")");
    String text = browser().findElement(By.tagName("body")).getText();
    assertThat(text).doesNotContainIgnoringCase("violence");
    assertThat(script("return document.documentElement.lang")).isEqualTo("en");
    if (page.equals(SiteBuilder.INDEX)) {
      assertThat(text).contains("All approaches to learning", "Evidence strength", "+3 months", "Impact on attainment");
    } else if (page.endsWith("reading-circles.html")) {
      assertThat(text).contains("Behind the average", "Moderate impact (+3 months)", "Related approaches");
      // The tile's label is shown in capitals; its words are the profile's.
      assertThat(script("return document.querySelector('.et-tile-evidence dt').textContent"))
          .isEqualTo("Evidence strength");
    }
  }

  private static void assertNoViolations(String what) {
    Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser());
    assertThat(results.getPasses()).as("axe ran its checks on " + what).isNotEmpty();
    assertThat(results.getViolations()).as(what + ":\n" + describe(results.getViolations())).isEmpty();
  }

  /**
   * No page of any of the sites (the sample, the invented toolkit, the sample with a previous
   * edition) scrolls sideways at a small phone, a common phone, a tablet, a laptop
   * or a wide monitor: wide tables scroll inside their own container.
   */
  @ParameterizedTest(name = "{0} px")
  @ValueSource(ints = {320, 390, 768, 1280, 1920})
  void noPageIsWiderThanTheWindow(int width) {
    viewport(width, 900);
    List<String> tooWide = new ArrayList<>();
    for (Path root : List.of(site, learning, changedSite)) {
      for (String page : sitePages(root)) {
        open(root, page);
        long scrollWidth = number("return document.documentElement.scrollWidth");
        long viewportWidth = number("return window.innerWidth");
        assertThat(viewportWidth).isEqualTo(width);
        if (scrollWidth > viewportWidth) {
          tooWide.add(root.getFileName() + "/" + page + " is " + scrollWidth + " px wide");
        }
      }
    }
    assertThat(tooWide).as("at " + width + " px").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "compare.html", "interventions/trauma-informed-training.html"})
  void theMainColumnIsCentredOnAWideScreen(String page) {
    viewport(1920, 1000);
    open(page);
    List<?> margins = (List<?>) script("var r = document.querySelector('main').getBoundingClientRect();"
        + "return [r.left, document.documentElement.clientWidth - r.right, r.width];");
    double left = ((Number) margins.get(0)).doubleValue();
    double right = ((Number) margins.get(1)).doubleValue();
    assertThat(left).as("left margin of " + page).isGreaterThan(100);
    assertThat(Math.abs(left - right)).as(page + ": left " + left + ", right " + right).isLessThanOrEqualTo(2);
  }

  /** The headline tiles come first on the reference page, side by side on a laptop, stacked on a phone. */
  @Test
  void theHeadlineTilesLeadThePage() {
    open("interventions/trauma-informed-training.html");
    List<WebElement> tiles = browser().findElements(By.cssSelector(".et-headline .et-tile"));
    assertThat(tiles).extracting(WebElement::getText).hasSize(3)
        .anySatisfy(t -> assertThat(t).contains("Insufficient evidence of impact"));
    assertThat(tiles.get(0).getLocation().getY()).isEqualTo(tiles.get(2).getLocation().getY());
    viewport(390, 900);
    open("interventions/trauma-informed-training.html");
    tiles = browser().findElements(By.cssSelector(".et-headline .et-tile"));
    assertThat(tiles.get(2).getLocation().getY()).isGreaterThan(tiles.get(0).getLocation().getY());
  }

  @Test
  void printingLeavesOutTheNavigationAndTheFilters() {
    emulate("print", "light");
    open("index.html");
    for (String hidden : List.of(".site-header", "#site-filters", ".site-skip", "#site-count")) {
      assertThat(browser().findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
    }
    assertThat(browser().findElement(By.cssSelector("table[data-site-index]")).isDisplayed()).isTrue();
    open("interventions/trauma-informed-training.html");
    assertThat(browser().findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
    WebElement tile = browser().findElement(By.cssSelector(".et-tile"));
    assertThat(tile.isDisplayed()).isTrue();
    // Readable in black and white: black words and outlines on white.
    assertThat(tile.getCssValue("border-top-color")).isEqualTo("rgba(0, 0, 0, 1)");
    assertThat(tile.getCssValue("background-color")).isEqualTo("rgba(255, 255, 255, 1)");
    assertThat(browser().findElement(By.cssSelector(".et-tile-words")).getCssValue("color")).isEqualTo("rgba(0, 0, 0, 1)");
    // Even on a screen set to dark.
    emulate("print", "dark");
    open("interventions/trauma-informed-training.html");
    assertThat(browser().findElement(By.cssSelector(".et-tile-words")).getCssValue("color")).isEqualTo("rgba(0, 0, 0, 1)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"light", "dark"})
  void focusRingsStandOutAtLeastThreeToOne(String scheme) {
    emulate("", scheme);
    open("index.html");
    String background = (String) script("return getComputedStyle(document.body).backgroundColor");
    List<String> checked = new ArrayList<>();
    for (String selector : List.of("#filter-setting", "#site-filters button[type=reset]", ".site-header a",
        "table[data-site-index] a", ".et-table-scroll")) {
      WebElement element = browser().findElement(By.cssSelector(selector));
      // Focus from the keyboard, as :focus-visible expects: Tab onto it from just before it.
      browser().executeScript("arguments[0].focus()", element);
      new Actions(browser()).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).sendKeys(Keys.TAB).perform();
      assertThat(script("return document.activeElement === arguments[0]", element)).as(selector).isEqualTo(true);
      assertThat(element.getCssValue("outline-style")).as(selector).isEqualTo("solid");
      String ring = element.getCssValue("outline-color");
      assertThat(contrast(ring, background)).as(selector + ": " + ring + " on " + background).isGreaterThanOrEqualTo(3.0);
      checked.add(selector);
    }
    assertThat(checked).hasSize(5);
  }

  /** The ratio of two computed colours, {@code rgb(r, g, b)} or {@code rgba(r, g, b, 1)}. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String rgb) {
    java.util.regex.Matcher parts = java.util.regex.Pattern.compile("[0-9.]+").matcher(rgb);
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      assertThat(parts.find()).as("a colour: " + rgb).isTrue();
      double v = Double.parseDouble(parts.group()) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  @Test
  void theContrastCheckCanFail() {
    assertThat(contrast("rgb(255, 191, 71)", "rgb(255, 255, 255)")).isLessThan(3.0);
    assertThat(contrast("rgba(11, 87, 164, 1)", "rgb(255, 255, 255)")).isGreaterThan(3.0);
  }

  static Stream<Arguments> changedPagesInBothSchemes() {
    return Stream.of(SiteBuilder.CHANGES, SiteBuilder.INDEX, "interventions/mentoring.html",
            "interventions/focused-deterrence.html")
        .flatMap(page -> Stream.of(Arguments.of(page, "light"), Arguments.of(page, "dark")));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("changedPagesInBothSchemes")
  void withAPreviousEditionHasNoAccessibilityViolations(String page, String scheme) {
    emulate("", scheme);
    open(changedSite, page);
    assertNoViolations("changed " + page + " (" + scheme + ")");
    if (!page.equals(SiteBuilder.CHANGES)) {
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
    awaitUntil(() -> visibleRows().size() == 16);
    assertThat(visibleRows()).hasSize(16);
  }

  @Test
  void noMatchSaysSoOutsideTheTableAndOffersAWayBack() {
    WebElement message = browser().findElement(By.id("site-no-match"));
    assertThat(message.isDisplayed()).isFalse();
    choose("min-evidence", "1");
    assertThat(message.isDisplayed()).isTrue();
    assertThat(message.getText()).contains("No approaches match these filters.");
    assertThat(browser().findElement(By.cssSelector(".et-table-scroll")).isDisplayed()).isFalse();
    message.findElement(By.tagName("button")).click();
    awaitUntil(() -> !message.isDisplayed());
    assertThat(message.isDisplayed()).isFalse();
    assertThat(visibleRows()).hasSize(16);
    assertThat(new Select(browser().findElement(By.id("filter-min-evidence"))).getFirstSelectedOption()
        .getAttribute("value")).isEmpty();
  }

  @Test
  void everyFilterKeepsAllItsOptions() {
    Map<String, Integer> before = optionCounts();
    choose("band", "high");
    choose("prevention", "secondary");
    assertThat(optionCounts()).isEqualTo(before);
    choose("min-evidence", "5");
    assertThat(optionCounts()).isEqualTo(before);
  }

  private Map<String, Integer> optionCounts() {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (WebElement select : browser().findElements(By.cssSelector("#site-filters select"))) {
      counts.put(select.getAttribute("name"), select.findElements(By.tagName("option")).size());
    }
    return counts;
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

  /** Whole-page screenshots of the reference page and the index, to look at. */
  @ParameterizedTest(name = "{0} at {1} px")
  @MethodSource("screenshots")
  void writesScreenshots(String page, int width, String name) throws IOException {
    viewport(width, 900);
    open(page);
    long height = Math.min(8000, number("return document.documentElement.scrollHeight"));
    viewport(width, (int) height);
    File shot = browser().getScreenshotAs(OutputType.FILE);
    Path target = Path.of(System.getProperty("toolkit.test.output", "target"), "screenshots", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.size(target)).isGreaterThan(10_000);
  }

  static Stream<Arguments> screenshots() {
    List<Arguments> shots = new ArrayList<>();
    for (int width : List.of(390, 1280)) {
      shots.add(Arguments.of("interventions/trauma-informed-training.html", width, "trauma-informed-" + width + ".png"));
      shots.add(Arguments.of("index.html", width, "index-" + width + ".png"));
    }
    return shots.stream();
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }
}
