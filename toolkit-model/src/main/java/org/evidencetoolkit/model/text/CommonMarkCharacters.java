package org.evidencetoolkit.model.text;

/**
 * The two character classes of CommonMark's emphasis rules ("Unicode whitespace" and "Unicode
 * punctuation", spec 0.31), as commonmark-java's {@code org.commonmark.text.Characters} defines
 * them. They live here so that the model can write CommonMark without depending on a parser;
 * {@code CommonMarkCharactersTest} holds them equal to commonmark-java's for every code point.
 */
final class CommonMarkCharacters {
  private CommonMarkCharacters() {}

  /** Unicode whitespace: tab, line feed, form feed, carriage return, space, or category Zs. */
  static boolean isWhitespace(int codePoint) {
    return switch (codePoint) {
      case '\t', '\n', '\f', '\r', ' ' -> true;
      default -> Character.getType(codePoint) == Character.SPACE_SEPARATOR;
    };
  }

  /**
   * Unicode punctuation: general category P (Pc Pd Pe Pf Pi Po Ps) or S (Sc Sk Sm So), which
   * includes every ASCII punctuation character.
   */
  static boolean isPunctuation(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL,
          Character.MATH_SYMBOL,
          Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
