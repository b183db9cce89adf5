package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Samples;
import org.junit.jupiter.api.Test;

class TextLengthRuleTest {
  private static final String RULE = "text.length";

  private static Intervention withTitle(String title) {
    return Intervention.builder().from(Samples.clean()).title(title).build();
  }

  private static Intervention withSummary(String summary) {
    return Intervention.builder().from(Samples.clean()).summary(summary).build();
  }

  @Test
  void acceptsATitleOfOneHundredCharacters() {
    assertThat(RuleCheck.violations(withTitle("t".repeat(100)), RULE)).isEmpty();
  }

  @Test
  void warnsOfATitleOfOneHundredAndOneCharacters() {
    Violation v = RuleCheck.single(withTitle("t".repeat(101)), RULE, Severity.WARNING, "/title");
    assertThat(v.message()).contains("101 characters").contains("100");
  }

  @Test
  void countsCharactersAsReadersDo() {
    // 100 emoji are 200 UTF-16 units but 100 characters.
    assertThat(RuleCheck.violations(withTitle("😀".repeat(100)), RULE)).isEmpty();
    RuleCheck.single(withTitle("😀".repeat(101)), RULE, Severity.WARNING, "/title");
  }

  @Test
  void acceptsASummaryOfTwoHundredAndFiftyCharacters() {
    assertThat(RuleCheck.violations(withSummary("s".repeat(250)), RULE)).isEmpty();
  }

  @Test
  void warnsOfASummaryOfTwoHundredAndFiftyOneCharacters() {
    Violation v =
        RuleCheck.single(withSummary("s".repeat(251)), RULE, Severity.WARNING, "/summary");
    assertThat(v.message()).contains("251 characters").contains("250");
  }

  @Test
  void warnsOfBothInOrder() {
    Intervention i =
        Intervention.builder().from(Samples.clean()).title("t".repeat(120)).summary("s".repeat(300)).build();
    assertThat(RuleCheck.violations(i, RULE))
        .extracting(Violation::path)
        .containsExactly("/title", "/summary");
  }
}
