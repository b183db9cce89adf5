package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default stylesheet meets WCAG 2.2 AA contrast: 4.5:1 for text, 3:1 for rating graphics,
 * meaningful borders and focus rings, on every background each is used on, in the light palette
 * and in the dark one ({@code prefers-color-scheme: dark}).
 */
class StylesheetContrastTest {
  private static final String CSS = HtmlRenderer.defaultStylesheet();
  private static final List<String> BANDS =
      List.of("high", "moderate", "low", "no-effect", "insufficient-evidence", "harmful");
  private static final Pattern PALETTE = Pattern.compile(":root \\{([^}]*)\\}");
  private static final String DARK = "@media (prefers-color-scheme: dark)";

  /** The light palette: the first {@code :root} block. */
  static Map<String, String> light() {
    Matcher block = PALETTE.matcher(CSS);
    assertThat(block.find()).isTrue();
    return variables(block.group(1));
  }

  /** The dark palette: the light one with the {@code :root} block of the dark media query over it. */
  static Map<String, String> dark() {
    int media = CSS.indexOf(DARK);
    assertThat(media).as("a dark palette").isPositive();
    Matcher block = PALETTE.matcher(CSS);
    assertThat(block.find(media)).isTrue();
    Map<String, String> colours = new HashMap<>(light());
    Map<String, String> dark = variables(block.group(1));
    assertThat(dark.keySet()).as("the dark palette sets every colour").isEqualTo(light().keySet());
    colours.putAll(dark);
    return colours;
  }

  private static Map<String, String> variables(String block) {
    Map<String, String> colours = new HashMap<>();
    Matcher m = Pattern.compile("--(et-[a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(block);
    while (m.find()) {
      colours.put(m.group(1), m.group(2));
    }
    return colours;
  }

  static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }

  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static void assertContrast(
      Map<String, String> colours, String foreground, String background, double minimum) {
    assertThat(colours).containsKeys(foreground, background);
    double ratio = contrast(colours.getOrDefault(foreground, ""), colours.getOrDefault(background, ""));
    assertThat(ratio).as("%s on %s", foreground, background).isGreaterThanOrEqualTo(minimum);
  }

  @Test
  void formulaMatchesKnownRatios() {
    assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"light", "dark"})
  void textMeetsFourAndAHalfToOne(String scheme) {
    Map<String, String> colours = scheme.equals("dark") ? dark() : light();
    assertContrast(colours, "et-muted", "et-surface", 4.5);
    assertContrast(colours, "et-link", "et-surface", 4.5);
    for (String text : List.of("et-text", "et-muted", "et-link", "et-link-visited")) {
      assertContrast(colours, text, "et-background", 4.5);
    }
    assertContrast(colours, "et-text", "et-surface", 4.5);
    for (String band : BANDS) {
      assertContrast(colours, "et-text", "et-band-" + band, 4.5);
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"light", "dark"})
  void ratingGraphicsAndBordersMeetThreeToOne(String scheme) {
    Map<String, String> colours = scheme.equals("dark") ? dark() : light();
    for (String graphic : List.of("et-gauge", "et-gauge-empty")) {
      assertContrast(colours, graphic, "et-background", 3.0);
      // Tiles are drawn on the surface colour.
      assertContrast(colours, graphic, "et-surface", 3.0);
      for (String band : BANDS) {
        assertContrast(colours, graphic, "et-band-" + band, 3.0);
      }
    }
    for (String band : BANDS) {
      assertContrast(colours, "et-band-" + band + "-accent", "et-background", 3.0);
      assertContrast(colours, "et-band-" + band + "-accent", "et-band-" + band, 3.0);
      assertContrast(colours, "et-band-" + band + "-accent", "et-surface", 3.0);
    }
    assertContrast(colours, "et-rule", "et-background", 3.0);
    assertContrast(colours, "et-rule", "et-surface", 3.0);
    assertContrast(colours, "et-focus", "et-background", 3.0);
    assertContrast(colours, "et-focus", "et-surface", 3.0);
  }

  /** The check can fail: the old focus colour of the site, amber on white, is refused. */
  @Test
  void aLowContrastFocusRingFails() {
    assertThat(contrast("#ffbf47", "#ffffff")).isLessThan(3.0);
  }

  @Test
  void everyColourIsAVariableThatIsDefined() {
    Map<String, String> colours = light();
    String rules = PALETTE.matcher(CSS).replaceAll("");
    assertThat(rules).doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
    Matcher m = Pattern.compile("var\\(--(et-[a-z-]+)\\)").matcher(rules);
    while (m.find()) {
      assertThat(colours).containsKey(m.group(1));
    }
  }
}
