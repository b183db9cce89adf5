package org.evidencetoolkit.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The character classes the text rules compare directly agree with the JDK's Unicode tables. */
class CharactersTest {
  @Test
  void controlAndSurrogateRangesMatchTheUnicodeCategoriesForEveryCodePoint() {
    // assertThat only on a mismatch: a million assertion objects would make a slow test.
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int type = Character.getType(cp);
      if (Characters.isControl(cp) != (type == Character.CONTROL)) {
        assertThat(Characters.isControl(cp))
            .as("control U+%04X", cp)
            .isEqualTo(type == Character.CONTROL);
      }
      if (Characters.isUnpairedSurrogate(cp) != (type == Character.SURROGATE)) {
        assertThat(Characters.isUnpairedSurrogate(cp))
            .as("surrogate U+%04X", cp)
            .isEqualTo(type == Character.SURROGATE);
      }
    }
  }

  @Test
  void visibleMeansNeitherWhiteSpaceNorControlNorFormat() {
    assertThat(Characters.isVisible('a')).isTrue();
    assertThat(Characters.isVisible(0x1F600)).isTrue();
    assertThat(Characters.isVisible(0xD800)).isTrue(); // a broken character is seen as one
    assertThat(Characters.isVisible(' ')).isFalse();
    assertThat(Characters.isVisible(0xA0)).isFalse();
    assertThat(Characters.isVisible(0x85)).isFalse();
    assertThat(Characters.isVisible(0x200B)).isFalse();
    assertThat(Characters.isVisible(0xE0001)).isFalse();
    assertThat(Characters.hasVisible(" \u200b\udb40\udc01\t")).isFalse();
    assertThat(Characters.hasVisible(" \u200b\udb40 ")).isTrue();
  }
}
