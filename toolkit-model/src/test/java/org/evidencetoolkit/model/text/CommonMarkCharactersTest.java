package org.evidencetoolkit.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.text.Characters;
import org.junit.jupiter.api.Test;

/** The model's CommonMark character classes agree with commonmark-java's on every code point. */
class CommonMarkCharactersTest {
  @Test
  void whitespaceAndPunctuationAgreeWithCommonmarkJavaForEveryCodePoint() {
    List<String> disagreements = new ArrayList<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (CommonMarkCharacters.isWhitespace(cp) != Characters.isWhitespaceCodePoint(cp)) {
        disagreements.add("whitespace U+" + Integer.toHexString(cp));
      }
      if (CommonMarkCharacters.isPunctuation(cp) != Characters.isPunctuationCodePoint(cp)) {
        disagreements.add("punctuation U+" + Integer.toHexString(cp));
      }
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void classifiesTheCasesTheEmphasisRulesTurnOn() {
    assertThat(CommonMarkCharacters.isWhitespace('\u00A0')).isTrue(); // Zs
    assertThat(CommonMarkCharacters.isWhitespace('\u000B')).isFalse(); // not in CommonMark's list
    assertThat(CommonMarkCharacters.isPunctuation('$')).isTrue(); // Sc counts since spec 0.31
    assertThat(CommonMarkCharacters.isPunctuation('\u201C')).isTrue(); // Pi
    assertThat(CommonMarkCharacters.isPunctuation('a')).isFalse();
  }
}
