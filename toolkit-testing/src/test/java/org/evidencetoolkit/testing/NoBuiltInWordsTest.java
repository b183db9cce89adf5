package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.evidencetoolkit.io.HeadlineCsv;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.render.HtmlRenderer;
import org.evidencetoolkit.render.labels.Labels;
import org.evidencetoolkit.render.MarkdownRenderer;
import org.evidencetoolkit.render.TextRenderer;
import org.evidencetoolkit.testing.internal.DocumentText;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No word of the built-in profile reaches any output of a toolkit whose profile does not use it:
 * not its outcomes ({@code violence}, {@code crime}, as in "21% less violence"), and not the
 * shipped English of any label the profile overrides. Checked in text, HTML (fragment, page,
 * index, comparison), Markdown and the headline CSV, each rendered as an application would: with
 * the toolkit given to the renderer, or (for the index and CSV) the toolkit alone.
 *
 * <p>The generated content never uses the built-in outcome words (see {@link
 * Generators#interventions(Profile)}), so those are checked in every example. A label's English
 * can also be made of content words ("Cost" as the first word of a title) or be part of a label
 * the profile keeps ("Low" in "Low impact"); such a word is checked only in examples where it does
 * not appear in the content, the profile or the labels kept, so a word found in the output can
 * only have come from the library.
 */
class NoBuiltInWordsTest {
  static final int EXAMPLES = 300;
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+}");

  /** Every output of a toolkit, by name. */
  static Map<String, String> outputs(Toolkit t) {
    Map<String, String> out = new LinkedHashMap<>();
    TextRenderer text = TextRenderer.builder().width(200).toolkit(t).build();
    HtmlRenderer html = HtmlRenderer.builder().toolkit(t).build();
    MarkdownRenderer markdown = MarkdownRenderer.builder().toolkit(t).build();
    out.put("text index", TextRenderer.builder().width(200).build().renderIndex(t));
    out.put("html index page", HtmlRenderer.defaults().renderIndexPage(t));
    out.put("text comparison", text.renderComparison(t.interventions()));
    out.put("html comparison", html.renderComparisonPage(t.interventions(), t.title()));
    for (Intervention i : t.interventions()) {
      out.put("text " + i.id(), text.render(i));
      out.put("html page " + i.id(), html.renderPage(i));
      out.put("html fragment " + i.id(), html.render(i));
      out.put("markdown " + i.id(), markdown.render(i));
    }
    StringBuilder csv = new StringBuilder();
    HeadlineCsv.write(t, csv);
    out.put("csv", csv.toString());
    return out;
  }

  /**
   * The words of the built-in profile that must not show under {@code profile}: yef's outcomes the
   * profile does not measure, and the literal parts of each shipped label it overrides.
   */
  static Set<String> builtInWords(Profile profile) {
    Set<String> words = new LinkedHashSet<>();
    for (Measure yef : Profile.yef().measures()) {
      if (profile.measures().stream().noneMatch(m -> m.outcome().equals(yef.outcome()))) {
        words.add(yef.outcome());
      }
    }
    for (String key : profile.labels().keySet()) {
      if (key.equals("date.pattern")) {
        continue; // a pattern, never shown as written
      }
      Labels.defaults().find(key).ifPresent(english -> words.addAll(fragments(english)));
    }
    return words;
  }

  /** The literal parts of a label between its placeholders that are worth looking for. */
  static List<String> fragments(String label) {
    List<String> out = new ArrayList<>();
    for (String part : PLACEHOLDER.split(label, -1)) {
      String p = normalise(part).strip();
      if (p.length() >= 3 && p.chars().anyMatch(Character::isLetter)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Everything the toolkit itself may put on a page: its content and profile as a document, the
   * plain words of its rich text, and the shipped labels the profile keeps.
   */
  static String sources(Toolkit t) {
    StringBuilder s = new StringBuilder(DocumentText.of(t)).append('\n');
    Function<RichText, String> plain = RichText::plainText;
    s.append(t.title()).append('\n').append(plain.apply(t.about())).append('\n');
    t.source().ifPresent(r -> resource(s, r));
    for (Intervention i : t.interventions()) {
      s.append(i.id()).append('\n').append(i.title()).append('\n').append(i.summary()).append('\n');
      for (RichText r :
          List.of(i.whatIsIt(), i.effectiveness(), i.evidenceSecurity(), i.costDetails(), i.topicSummary())) {
        s.append(plain.apply(r)).append('\n');
      }
      i.sections().values().forEach(r -> s.append(plain.apply(r)).append('\n'));
      for (ImplementationTip tip : i.implementation()) {
        s.append(tip.title()).append('\n').append(plain.apply(tip.body())).append('\n');
      }
      i.resources().forEach(r -> resource(s, r));
    }
    Profile p = t.profile();
    s.append(p.name()).append('\n').append(p.language()).append('\n');
    s.append(p.impactScale().version()).append('\n');
    p.labels().values().forEach(v -> s.append(v).append('\n'));
    for (Measure m : p.measures()) {
      s.append(String.join("\n", m.outcome(), m.unit(), m.better(), m.worse(), m.none()));
      s.append('\n');
    }
    for (String key : LabelKeys.builtIn()) {
      if (!p.labels().containsKey(key)) {
        Labels.defaults().find(key).ifPresent(v -> s.append(v).append('\n'));
      }
    }
    return normalise(s.toString());
  }

  private static void resource(StringBuilder s, Resource r) {
    s.append(r.title()).append('\n');
    r.description().ifPresent(d -> s.append(d).append('\n'));
    r.url().ifPresent(u -> s.append(u).append('\n'));
  }

  /** White space as single spaces, so a word wrapped onto the next line is still found. */
  static String normalise(String s) {
    return s.replaceAll("\\s+", " ");
  }

  /** The built-in words found in the outputs, as "output: word" lines. */
  static List<String> leaks(Toolkit t, Map<String, String> outputs) {
    String sources = sources(t);
    List<String> checked = new ArrayList<>();
    for (String word : builtInWords(t.profile())) {
      if (!sources.contains(word)) {
        checked.add(word);
      }
    }
    List<String> found = new ArrayList<>();
    for (Map.Entry<String, String> output : outputs.entrySet()) {
      String raw = normalise(output.getValue());
      String read = output.getKey().startsWith("html") ? normalise(Parser.unescapeEntities(raw, false)) : raw;
      for (String word : checked) {
        if (raw.contains(word) || read.contains(word)) {
          found.add(output.getKey() + ": " + word);
        }
      }
    }
    return found;
  }

  @Test
  void noBuiltInWordReachesAnyOutput() {
    int[] outcomeWordsChecked = new int[1];
    int[] labelWordsChecked = new int[1];
    qt().withExamples(EXAMPLES)
        .forAll(Generators.toolkitsUnderProfiles())
        .checkAssert(
            t -> {
              Set<String> words = builtInWords(t.profile());
              assertThat(words).as("the generated profile measures neither").contains("violence", "crime");
              assertThat(sources(t)).doesNotContain("violence", "crime");
              outcomeWordsChecked[0] += t.interventions().size();
              String sources = sources(t);
              labelWordsChecked[0] += (int) words.stream().filter(w -> !sources.contains(w)).count() - 2;
              assertThat(leaks(t, outputs(t))).isEmpty();
            });
    assertThat(outcomeWordsChecked[0]).as("interventions checked").isGreaterThan(EXAMPLES);
    assertThat(labelWordsChecked[0]).as("overridden label words checked").isGreaterThan(EXAMPLES * 5);
  }

  @Test
  void theCheckFindsAWordOfTheBuiltInProfile() {
    // Control cases: the same toolkits rendered as if the profile were not there (under yef)
    // show yef's words, and the check finds them.
    assertThatThrownBy(
            () ->
                // A fixed seed, so that the shrunk counterexample is always the same one.
                qt().withFixedSeed(20261205L).withExamples(50).withShrinkCycles(10)
                    .forAll(Generators.toolkitsUnderProfiles())
                    .checkAssert(
                        t -> {
                          Toolkit underYef = Toolkit.builder().from(t).profile(Profile.yef()).build();
                          assertThat(leaks(t, outputs(underYef))).isEmpty();
                        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("violence");
  }
}
