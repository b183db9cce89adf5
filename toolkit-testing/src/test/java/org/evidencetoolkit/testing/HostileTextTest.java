package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The hostile generators carry what they promise, and nothing that cannot be written as UTF-8. */
class HostileTextTest {
  @Test
  void theNaughtyStringsShipInTheJar() {
    assertThat(Generators.naughtyStrings())
        .hasSize(515)
        .contains("", "<script>alert(123)</script>", "﷽")
        .anyMatch(s -> s.contains("\u202E"));
  }

  @Test
  void hostileTextReachesEveryKindOfTrouble() {
    Set<String> seen = new TreeSet<>();
    // A fixed seed: this asserts coverage of a sample, which a random draw may miss by chance.
    qt().withFixedSeed(20261205L).withExamples(3_000)
        .forAll(Generators.hostileText())
        .checkAssert(
            s -> {
              assertThat(wellFormed(s)).as("well-formed UTF-16: %s", s).isTrue();
              if (s.contains("<script")) {
                seen.add("script element");
              }
              if (s.contains("\"") && s.contains("on")) {
                seen.add("attribute breaker");
              }
              if (s.codePoints().anyMatch(cp -> (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))) {
                seen.add("bidi control");
              }
              if (s.codePoints().anyMatch(cp -> cp > 0xFFFF)) {
                seen.add("astral");
              }
              if (s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL)) {
                seen.add("control");
              }
              if (s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)) {
                seen.add("combining mark");
              }
              if (s.startsWith("- ") || s.startsWith("# ") || s.contains("**")) {
                seen.add("markdown");
              }
              if (s.isEmpty()) {
                seen.add("empty");
              }
            });
    assertThat(seen)
        .contains(
            "script element", "attribute breaker", "bidi control", "astral", "control",
            "combining mark", "markdown", "empty");
  }

  @Test
  void hostileUrlsIncludeDangerousSchemes() {
    Set<String> schemes = new TreeSet<>();
    qt().withExamples(1_000)
        .forAll(Generators.hostileUrls())
        .checkAssert(u -> schemes.add(String.valueOf(u.getScheme()).toLowerCase(java.util.Locale.ROOT)));
    assertThat(schemes).contains("javascript", "data", "vbscript", "null", "https", "mailto");
  }

  @Test
  void hostileInterventionsCanBeBuiltAndAreMostlyInvalid() {
    int[] invalid = new int[1];
    qt().withExamples(1_000)
        .forAll(Generators.hostileInterventions())
        .checkAssert(
            i -> {
              if (org.evidencetoolkit.model.rules.ContentRules.defaults().validate(i).hasErrors()) {
                invalid[0]++;
              }
            });
    assertThat(invalid[0]).isGreaterThan(900);
  }

  static boolean wellFormed(String s) {
    return s.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE);
  }
}
