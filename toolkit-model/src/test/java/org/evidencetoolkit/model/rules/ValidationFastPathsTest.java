package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencetoolkit.model.ModelGen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The shortcuts that keep validation from allocating per document agree with the plain
 * definitions they stand in for: {@code text.clean} screens a plain field before putting its
 * pointer, name and messages together; {@code tips.unique} and {@code resource.duplicate} compare
 * hashes of their keys before building the keys. Each is held equal to the plain path on generated
 * text (hostile strings and arbitrary UTF-16 included) and addresses.
 */
class ValidationFastPathsTest {
  /** Code units that make titles tie or nearly tie: case, spaces of several kinds, accents. */
  private static final List<String> TITLE_UNITS =
      List.of("a", "A", "b", " ", "  ", "\u00a0", "\t", "e\u0301", "\u00e9", "\u0130", "\u03a3",
          "?", "^", "\ud83d", "\ude00");

  private static Gen<String> titles() {
    Gen<String> pieces =
        lists().of(Generate.pick(TITLE_UNITS)).ofSizeBetween(0, 8).map(p -> String.join("", p));
    return pieces.mix(ModelGen.texts(), 40);
  }

  /** Addresses whose keys tie or nearly tie: case, default ports, dot segments, empty paths. */
  private static Gen<URI> addresses() {
    Gen<URI> made =
        Generate.pick(
                List.of(
                    "https://Example.org",
                    "https://example.org/",
                    "https://example.org:443/",
                    "http://example.org:80",
                    "http://example.org:8080/a",
                    "HTTPS://EXAMPLE.ORG/a/./b/../c",
                    "https://example.org/a/c",
                    "https://user@example.org/x?q=1#f",
                    "https://example.org/x?q=1#f",
                    "mailto:Someone@example.org",
                    "mailto:someone@example.org",
                    "urn:isbn:0451450523#x",
                    "https://[::1]:443/x",
                    "https://example.org/aa",
                    "https://example.org/bB"))
            .map(URI::create);
    return made.mix(ModelGen.uris(), 50);
  }

  @Test
  void aPlainFieldIsScreenedCleanExactlyWhenCheckingItFindsNothing() {
    TextCleanRule rule = new TextCleanRule();
    qt().withExamples(3000)
        .forAll(ModelGen.texts().mix(titles(), 30), Generate.pick(List.of("", "write it")))
        .checkAssert(
            (value, whenBlank) -> {
              List<Violation> found = new ArrayList<>();
              rule.checkPlain(found, "/p", "The field", value, whenBlank, new TextCleanRule.Scan());
              assertThat(TextCleanRule.isClean(value, whenBlank, new TextCleanRule.Scan()))
                  .as("%s", Wording.quote(value))
                  .isEqualTo(found.isEmpty());
            });
  }

  @Test
  void aTitleKeysAsThePlainDefinitionDoesAndHashesAsItsKey() {
    qt().withExamples(3000)
        .forAll(titles())
        .checkAssert(
            title -> {
              assertThat(TipsUniqueRule.key(title)).isEqualTo(plainTitleKey(title));
              assertThat(TipsUniqueRule.keyHash(title)).isEqualTo(plainTitleKey(title).hashCode());
            });
  }

  @Test
  void anAddressHashesAsItsKey() {
    qt().withExamples(2000)
        .forAll(addresses())
        .checkAssert(
            uri -> assertThat(Addresses.keyHash(uri)).isEqualTo(Addresses.key(uri).hashCode()));
  }

  @Test
  void comparingHashesFindsTheSameFirstsAsAMapOfKeys() {
    qt().withExamples(1000)
        .forAll(lists().of(titles()).ofSizeBetween(0, 24))
        .checkAssert(titles -> assertThat(firsts(TipsUniqueRule.TITLES, titles, Integer.MAX_VALUE))
            .isEqualTo(firsts(TipsUniqueRule.TITLES, titles, 0))
            .isEqualTo(plainFirsts(titles, TipsUniqueRule::key)));
    qt().withExamples(1000)
        .forAll(lists().of(addresses()).ofSizeBetween(0, 24))
        .checkAssert(uris -> assertThat(firsts(Addresses.KEYS, uris, Integer.MAX_VALUE))
            .isEqualTo(firsts(Addresses.KEYS, uris, 0))
            .isEqualTo(plainFirsts(uris, Addresses::key)));
  }

  @Test
  void keysWithTheSameHashAreStillToldApart() {
    // "a^" and "b?" have the same String hash, 97 * 31 + 94 == 98 * 31 + 63; so do "aa" and "bB".
    assertThat("a^".hashCode()).isEqualTo("b?".hashCode());
    assertThat(firsts(TipsUniqueRule.TITLES, List.of("a^", "b?", "B?"), SameKeys.SHORT))
        .containsExactly(-1, -1, 1);
    List<URI> uris =
        List.of(URI.create("https://example.org/aa"), URI.create("https://example.org/bB"));
    assertThat(Addresses.keyHash(uris.get(0))).isEqualTo(Addresses.keyHash(uris.get(1)));
    assertThat(firsts(Addresses.KEYS, uris, SameKeys.SHORT)).containsExactly(-1, -1);
  }

  @Test
  void aLongListIsKeyedByAMap() {
    qt().withExamples(50)
        .forAll(integers().between(SameKeys.SHORT + 1, 200))
        .checkAssert(
            size -> {
              List<String> titles = new ArrayList<>();
              for (int n = 0; n < size; n++) {
                titles.add(n % 3 == 0 ? "Train  STAFF " : "tip " + n);
              }
              assertThat(firsts(TipsUniqueRule.TITLES, titles, SameKeys.SHORT))
                  .isEqualTo(plainFirsts(titles, TipsUniqueRule::key));
            });
  }

  private static <T> List<Integer> firsts(SameKeys.Keys<T> keys, List<T> items, int shortList) {
    SameKeys<T> same = new SameKeys<>(keys, items.size(), shortList);
    List<Integer> firsts = new ArrayList<>();
    for (int n = 0; n < items.size(); n++) {
      firsts.add(same.firstSame(items.get(n), n));
    }
    return firsts;
  }

  /** What the rules did before: {@code putIfAbsent} of each key into a map. */
  private static <T> List<Integer> plainFirsts(
      List<T> items, java.util.function.Function<T, String> key) {
    Map<String, Integer> firstByKey = new HashMap<>();
    List<Integer> firsts = new ArrayList<>();
    for (int n = 0; n < items.size(); n++) {
      Integer first = firstByKey.putIfAbsent(key.apply(items.get(n)), n);
      firsts.add(first == null ? -1 : first);
    }
    return firsts;
  }

  /** The key of a title as {@code tips.unique} defined it before it learnt its shortcuts. */
  private static String plainTitleKey(String title) {
    String normal = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normal.length());
    boolean space = false;
    for (int i = 0; i < normal.length(); ) {
      int cp = normal.codePointAt(i);
      i += Character.charCount(cp);
      if (Characters.isWhiteSpace(cp)) {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.appendCodePoint(cp);
      }
    }
    return key.toString();
  }
}
