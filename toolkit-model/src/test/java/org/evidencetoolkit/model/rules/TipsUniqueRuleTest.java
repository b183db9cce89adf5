package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TipsUniqueRuleTest {
  private static final String RULE = "tips.unique";

  private static Intervention withTips(String... titles) {
    return Intervention.builder()
        .from(Samples.clean())
        .implementation(
            Arrays.stream(titles).map(t -> ImplementationTip.of(t, RichText.paragraph("Body."))).toList())
        .build();
  }

  @Test
  void acceptsDistinctTitles() {
    assertThat(RuleCheck.violations(withTips("Train staff", "Train managers", "Review"), RULE)).isEmpty();
  }

  @Test
  void refusesARepeatedTitleAtItsPlace() {
    Violation v =
        RuleCheck.single(
            withTips("Train staff", "Review", "Train staff"), RULE, Severity.ERROR, "/implementation/2/title");
    assertThat(v.message()).contains("tip 1").contains("Tip 3").contains("\"Train staff\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"train staff", "TRAIN STAFF", "Train  staff", "Train\u00A0staff", " Train staff "})
  void comparesTitlesAsAReaderWould(String variant) {
    RuleCheck.single(withTips("Train staff", variant), RULE, Severity.ERROR, "/implementation/1/title");
  }

  @Test
  void comparesComposedAndDecomposedAccentsAsEqual() {
    RuleCheck.single(withTips("Caf\u00E9", "Cafe\u0301"), RULE, Severity.ERROR, "/implementation/1/title");
  }

  @Test
  void leavesBlankTitlesToTextPresent() {
    assertThat(RuleCheck.violations(withTips("", ""), RULE)).isEmpty();
  }

  @Test
  void reportsEveryRepeat() {
    assertThat(RuleCheck.violations(withTips("A", "A", "B", "A", "B"), RULE))
        .extracting(Violation::path)
        .containsExactly("/implementation/1/title", "/implementation/3/title", "/implementation/4/title");
  }
}
