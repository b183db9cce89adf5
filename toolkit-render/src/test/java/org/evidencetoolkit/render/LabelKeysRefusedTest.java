package org.evidencetoolkit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.ListResourceBundle;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.render.labels.Labels;
import org.junit.jupiter.api.Test;

/**
 * {@link Labels} accepts from an application only the keys of the format ({@link LabelKeys}, plus
 * the custom sections of the profile it is under), says which key was wrong and which was meant,
 * and lists its keys.
 */
class LabelKeysRefusedTest {
  @Test
  void aMistypedKeyIsRefusedWithTheKeyMeant() {
    assertThatThrownBy(() -> Labels.defaults().with("band.moderat", "Some impact"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown label key 'band.moderat' in Labels.with; did you mean 'band.moderate'?");
    assertThatThrownBy(() -> Labels.defaults().with("Rating.Evidence", "x"))
        .hasMessageContaining("'Rating.Evidence'")
        .hasMessageContaining("did you mean 'rating.evidence'?");
  }

  @Test
  void aKeyFarFromEveryKeyIsNamedWithoutAGuess() {
    assertThatThrownBy(() -> Labels.defaults().with("myapp.download", "Download"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown label key 'myapp.download' in Labels.with");
  }

  @Test
  void everyKeyOfTheFormatIsAccepted() {
    Labels labels = Labels.defaults();
    for (String key : LabelKeys.builtIn()) {
      String value = key.equals("date.pattern") ? "yyyy" : key.equals("language") ? "cy" : "[" + key + "]";
      labels = labels.with(key, value);
    }
    labels = labels.with("setting.prison-visits", "Prison visits").with("sector.housing", "Housing");
    assertThat(labels.text("band.high")).isEqualTo("[band.high]");
    assertThat(labels.text("site.footer")).isEqualTo("[site.footer]");
    assertThat(labels.text("setting.prison-visits")).isEqualTo("Prison visits");
  }

  @Test
  void anOpenVocabularyCodeMustBeACode() {
    assertThatThrownBy(() -> Labels.defaults().with("setting.Prison visits", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Unknown label key 'setting.Prison visits'");
  }

  @Test
  void aBundleWithAnUnknownKeyIsRefusedNamingTheBundleAndKey() {
    ResourceBundle bundle = bundle(Map.of("rating.cost", "Coût", "rating.evidense", "Preuves"));
    assertThatThrownBy(() -> Labels.of(bundle))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'rating.evidense'")
        .hasMessageContaining("did you mean 'rating.evidence'?");
    assertThat(Labels.of(bundle(Map.of("rating.cost", "Coût"))).text("rating.cost")).isEqualTo("Coût");
  }

  @Test
  void moreDefaultsMustBeKeysOfTheFormat() {
    assertThatThrownBy(() -> Labels.defaults().withDefaults(Map.of("site.fooer", "Made here")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown label key 'site.fooer' in Labels.withDefaults; did you mean 'site.footer'?");
    assertThat(Labels.defaults().withDefaults(Map.of("site.footer", "Made here")).text("site.footer"))
        .isEqualTo("Made here");
  }

  @Test
  void aCustomSectionIsAKeyOnlyUnderTheProfileThatHasIt() {
    assertThatThrownBy(() -> Labels.defaults().with("section.behind-the-average", "Who gained most"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'section.behind-the-average'")
        .hasMessageContaining("Labels.forProfile(profile).with(key, value)");
    Profile learning = LearningFixtures.profile();
    Labels underIt = Labels.forProfile(learning).with("section.behind-the-average", "Who gained most");
    assertThat(underIt.section("behind-the-average")).isEqualTo("Who gained most");
    Labels later = Labels.defaults().with("band.high", "Big").under(learning)
        .with("section.behind-the-average", "Who gained most");
    assertThat(later.section("behind-the-average")).isEqualTo("Who gained most");
    assertThat(later.text("band.high")).isEqualTo("Big");
  }

  @Test
  void aProfileKeepsItsOwnCustomSectionLabels() {
    // The learning profile labels its custom section "Behind the average" itself.
    Labels labels = Labels.defaults().with("band.high", "Big").under(LearningFixtures.profile());
    assertThat(labels.section("behind-the-average")).isEqualTo("Behind the average");
    assertThat(labels.text("band.high")).isEqualTo("Big");
    assertThat(labels.keys()).contains("section.behind-the-average");
  }

  @Test
  void underTheDefaultProfileLabelsAreUnchanged() {
    assertThat(Labels.defaults().under(Profile.yef())).isEqualTo(Labels.defaults());
    assertThat(Labels.forProfile(LearningFixtures.profile())).isNotEqualTo(Labels.defaults());
  }

  @Test
  void keysListEveryWordItHas() {
    Set<String> shipped = new HashSet<>(LabelKeys.builtIn());
    shipped.removeIf(k -> k.startsWith("site."));
    assertThat(Labels.defaults().keys()).isEqualTo(shipped);
    for (String key : Labels.defaults().keys()) {
      assertThat(Labels.defaults().find(key)).as(key).isPresent();
    }
    assertThat(Labels.defaults().withDefaults(Map.of("site.footer", "x")).keys())
        .hasSize(shipped.size() + 1)
        .contains("site.footer");
    assertThat(Labels.defaults().with("setting.prison-visits", "Prison visits").keys())
        .contains("setting.prison-visits");
    assertThatThrownBy(() -> Labels.defaults().keys().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static ResourceBundle bundle(Map<String, String> words) {
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return words.entrySet().stream()
            .map(e -> new Object[] {e.getKey(), e.getValue()})
            .toArray(Object[][]::new);
      }
    };
  }
}
