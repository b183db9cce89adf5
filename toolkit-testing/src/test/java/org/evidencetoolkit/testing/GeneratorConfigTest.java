package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A configuration refuses what cannot make sense, naming the setting. */
class GeneratorConfigTest {
  @Test
  void defaultsAllowEveryPart() {
    GeneratorConfig config = GeneratorConfig.defaults();
    for (Part part : Part.values()) {
      assertThat(config.includes(part)).isTrue();
      assertThat(config.requires(part)).isFalse();
    }
    assertThat(config.alphabet()).isEqualTo(TextAlphabet.UNICODE);
  }

  @Test
  void aSizeBelowItsMinimumIsRefused() {
    assertThatThrownBy(() -> GeneratorConfig.builder().maxBlocks(0).build())
        .hasMessageContaining("maxBlocks must be at least 1, was 0");
    assertThatThrownBy(() -> GeneratorConfig.builder().maxTips(-1).build())
        .hasMessageContaining("maxTips must not be negative, was -1");
  }

  @Test
  void aPartCannotBeBothExcludedAndRequired() {
    assertThatThrownBy(
            () -> GeneratorConfig.builder().exclude(Part.RESOURCES).alwaysInclude(Part.RESOURCES).build())
        .hasMessageContaining("RESOURCES is both excluded and always present");
  }
}
