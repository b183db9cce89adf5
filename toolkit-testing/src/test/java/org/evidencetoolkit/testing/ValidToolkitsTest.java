package org.evidencetoolkit.testing;

import static org.evidencetoolkit.testing.ToolkitAssertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.junit.jupiter.api.Test;

/** {@link Generators#toolkits()} makes consistent toolkits that exercise their vocabularies. */
class ValidToolkitsTest {
  @Test
  void toolkitsHaveNoViolations() {
    qt().withExamples(2_000)
        .forAll(Generators.toolkits())
        .checkAssert(t -> assertThat(t).hasNoViolations());
  }

  @Test
  void toolkitsUseRelatedIdsAndDeclaredVocabulary() {
    int[] related = new int[1];
    int[] declaredSettingUsed = new int[1];
    int[] declaredSectorUsed = new int[1];
    qt().withExamples(1_000)
        .forAll(Generators.toolkits())
        .checkAssert(
            t -> {
              Set<String> builtInSettings = codes(Setting.builtIns().stream().map(Setting::code));
              Set<String> builtInSectors = codes(Sector.builtIns().stream().map(Sector::code));
              for (Intervention i : t.interventions()) {
                related[0] += i.related().size();
                if (i.settings().stream().anyMatch(s -> !builtInSettings.contains(s.code()))) {
                  declaredSettingUsed[0]++;
                }
                if (i.sectors().stream().anyMatch(s -> !builtInSectors.contains(s.code()))) {
                  declaredSectorUsed[0]++;
                }
              }
              assertThat(ids(t)).doesNotHaveDuplicates();
            });
    assertThat(related[0]).as("related ids generated").isGreaterThan(50);
    assertThat(declaredSettingUsed[0]).as("declared settings used").isGreaterThan(50);
    assertThat(declaredSectorUsed[0]).as("declared sectors used").isGreaterThan(50);
  }

  private static java.util.List<String> ids(Toolkit t) {
    return t.interventions().stream().map(Intervention::id).toList();
  }

  private static Set<String> codes(java.util.stream.Stream<String> codes) {
    return new HashSet<>(codes.toList());
  }
}
