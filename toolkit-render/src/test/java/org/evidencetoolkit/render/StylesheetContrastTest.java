package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The default stylesheet meets WCAG 2.2 AA contrast: 4.5:1 for text, 3:1 for rating graphics and
 * meaningful borders, on every background each is used on.
 */
class StylesheetContrastTest {
  private static final String CSS = HtmlRenderer.defaultStylesheet();
  private static final List<String> BANDS =
      List.of("high", "moderate", "low", "no-effect", "insufficient-evidence", "harmful");

  static Map<String, String> colours() {
    Map<String, String> colours = new HashMap<>();
    Matcher m = Pattern.compile("--(et-[a-z-]+):\\s*(#[0-9a-fA-F]{6});").matcher(CSS);
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

  private static void assertContrast(String foreground, String background, double minimum) {
    Map<String, String> colours = colours();
    assertThat(colours).containsKeys(foreground, background);
    double ratio = contrast(colours.getOrDefault(foreground, ""), colours.getOrDefault(background, ""));
    assertThat(ratio).as("%s on %s", foreground, background).isGreaterThanOrEqualTo(minimum);
  }

  @Test
  void formulaMatchesKnownRatios() {
    assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
    assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void textMeetsFourAndAHalfToOne() {
    for (String text : List.of("et-text", "et-muted", "et-link", "et-link-visited")) {
      assertContrast(text, "et-background", 4.5);
    }
    assertContrast("et-text", "et-surface", 4.5);
    for (String band : BANDS) {
      assertContrast("et-text", "et-band-" + band, 4.5);
    }
  }

  @Test
  void ratingGraphicsAndBordersMeetThreeToOne() {
    for (String graphic : List.of("et-gauge", "et-gauge-empty")) {
      assertContrast(graphic, "et-background", 3.0);
      for (String band : BANDS) {
        assertContrast(graphic, "et-band-" + band, 3.0);
      }
    }
    for (String band : BANDS) {
      assertContrast("et-band-" + band + "-accent", "et-background", 3.0);
      assertContrast("et-band-" + band + "-accent", "et-band-" + band, 3.0);
    }
    assertContrast("et-rule", "et-background", 3.0);
    assertContrast("et-focus", "et-background", 3.0);
  }

  @Test
  void everyColourIsAVariableThatIsDefined() {
    Map<String, String> colours = colours();
    String rules = CSS.substring(CSS.indexOf('}') + 1);
    assertThat(rules).doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
    Matcher m = Pattern.compile("var\\(--(et-[a-z-]+)\\)").matcher(rules);
    while (m.find()) {
      assertThat(colours).containsKey(m.group(1));
    }
  }
}
