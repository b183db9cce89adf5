package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.rules.RuleIds;
import org.evidencetoolkit.render.labels.Labels;
import org.junit.jupiter.api.Test;

/** {@link Generators#profiles()} makes the profiles it promises, and shrinks them sensibly. */
class GeneratedProfilesTest {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+}");

  @Test
  void profilesHaveTheShapeTheyPromise() {
    qt().withExamples(3_000)
        .forAll(Generators.profiles())
        .checkAssert(
            p -> {
              assertThat(Slugs.isSlug(p.name())).as("name %s", p.name()).isTrue();
              assertThat(p.name()).isNotEqualTo(Profile.YEF);
              assertThat(p.measures()).hasSizeBetween(1, 4);
              Set<String> ids = new HashSet<>();
              for (Measure m : p.measures()) {
                assertThat(ids.add(m.id())).as("measure %s once", m.id()).isTrue();
                assertThat(Slugs.isSlug(m.id()) && Slugs.isSlug(m.unit())).isTrue();
                for (String word : List.of(m.outcome(), m.better(), m.worse(), m.none())) {
                  assertThat(word.toLowerCase(Locale.ROOT)).doesNotContain("violence", "crime");
                }
                assertThat(m.better()).contains(Measure.VALUE);
                assertThat(m.worse()).contains(Measure.VALUE);
              }
              assertThat(p.impactScale().version()).isNotBlank();
              assertThat(p.impactScale().harmfulTo()).isLessThan(p.impactScale().lowFrom());
              List<String> builtIn = Profile.builtInSectionIds();
              assertThat(p.sections()).containsAll(builtIn).doesNotHaveDuplicates();
              assertThat(p.sections().size() - builtIn.size()).isBetween(0, 2);
              for (String id : p.sections()) {
                assertThat(Slugs.isSlug(id)).isTrue();
                if (!builtIn.contains(id)) {
                  assertThat(p.labels()).containsKey(Section.labelKey(id));
                }
              }
              for (Map.Entry<String, String> label : p.labels().entrySet()) {
                String key = label.getKey();
                assertThat(LabelKeys.isKnown(key, p.sections())).as("key %s", key).isTrue();
                assertThat(label.getValue()).isNotBlank();
                Labels.defaults()
                    .find(key)
                    .ifPresent(
                        shipped ->
                            assertThat(placeholders(label.getValue()))
                                .as("placeholders of %s", key)
                                .containsAll(placeholders(shipped)));
              }
              List<String> ruled = new ArrayList<>(p.rules().off());
              ruled.addAll(p.rules().warning());
              ruled.addAll(p.rules().error());
              assertThat(RuleIds.all()).containsAll(ruled);
              assertThat(ruled).doesNotHaveDuplicates();
            });
  }

  @Test
  void profilesReachEveryVariation() {
    Set<String> seen = new TreeSet<>();
    qt().withExamples(2_000)
        .forAll(Generators.profiles())
        .checkAssert(
            p -> {
              seen.add(p.measures().size() + " measures");
              seen.add((p.sections().size() - 7) + " custom sections");
              seen.add(p.base().isPresent() ? "extends yef" : "no extends");
              seen.add(p.language().equals("en-GB") ? "en-GB" : "another language");
              if (!p.sections().subList(0, 7).equals(Profile.builtInSectionIds())) {
                seen.add("reordered sections");
              }
              if (p.sections().indexOf("what-is-it") > 0
                  && Section.byId(p.sections().get(0)).isEmpty()) {
                seen.add("custom section first");
              }
              for (Measure m : p.measures()) {
                if (!(m.better() + m.worse()).chars().allMatch(c -> c < 128)) {
                  seen.add("non-ASCII wording");
                }
              }
              if (p.labels().size() > p.sections().size() - 7) {
                seen.add("built-in label overridden");
              }
              if (p.labels().containsKey("date.pattern")) {
                seen.add("date pattern");
              }
              if (!p.rules().off().isEmpty()) {
                seen.add("rule off");
              }
              if (!p.rules().warning().isEmpty()) {
                seen.add("rule warning");
              }
              if (!p.rules().error().isEmpty()) {
                seen.add("rule error");
              }
              if (p.impactScale().lowFrom().scale() > 0) {
                seen.add("decimal threshold");
              }
            });
    assertThat(seen)
        .contains(
            "1 measures", "2 measures", "3 measures", "4 measures", "0 custom sections",
            "1 custom sections", "2 custom sections", "extends yef", "no extends", "en-GB",
            "another language", "reordered sections", "custom section first",
            "non-ASCII wording", "built-in label overridden", "date pattern", "rule off",
            "rule warning", "rule error", "decimal threshold");
  }

  @Test
  void aFailingProfileShrinksToAPlainOne() {
    List<Profile> failures = new ArrayList<>();
    // False whenever the profile has a custom section: the smallest counter-example has one
    // custom section and nothing else beyond the plainest profile.
    assertThatThrownBy(
            () ->
                qt().withExamples(300)
                    .forAll(Generators.profiles())
                    .check(
                        p -> {
                          boolean holds = p.sections().size() == 7;
                          if (!holds) {
                            failures.add(p);
                          }
                          return holds;
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property falsified")
        // The failure prints the profile as a toolkit document.
        .hasMessageContaining("profile:")
        .hasMessageContaining("sections:");
    Profile smallest =
        failures.stream()
            .min(Comparator.comparingInt(p -> p.toString().length()))
            .orElseThrow();
    assertThat(smallest.sections()).hasSize(8);
    assertThat(smallest.measures()).hasSize(1);
    assertThat(smallest.labels()).hasSize(1);
    assertThat(smallest.rules().isEmpty()).isTrue();
  }

  private static List<String> placeholders(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
