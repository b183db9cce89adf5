package org.evidencetoolkit.model.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Slugs;

/**
 * The words of violation messages, which are read by content editors. Values are quoted safely: cut
 * short when long, with invisible and control characters spelled out, so that a message can be
 * printed on a terminal or a web page without carrying the content's problems along.
 */
final class Wording {
  private static final int QUOTE_LIMIT = 80;
  private static final int LIST_LIMIT = 12;

  private Wording() {}

  /**
   * {@code value} in double quotes, shortened and with unprintable characters as {@code \\uXXXX}.
   */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (count++ == QUOTE_LIMIT) {
        out.append('…');
        break;
      }
      if (isUnprintable(cp)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", cp));
      } else if (cp == '"' || cp == '\\') {
        out.append('\\').appendCodePoint(cp);
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.append('"').toString();
  }

  private static boolean isUnprintable(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }

  /** A code point as {@code U+0009 (tab)}, naming the common ones. */
  static String codePoint(int cp) {
    String name =
        switch (cp) {
          case 0x00 -> " (null)";
          case 0x09 -> " (tab)";
          case 0x0A -> " (line feed)";
          case 0x0D -> " (carriage return)";
          case 0x1B -> " (escape)";
          case 0x7F -> " (delete)";
          default -> "";
        };
    return String.format(Locale.ROOT, "U+%04X", cp) + name;
  }

  /** A number as written, without exponent unless it is extreme; see {@link Measure#number}. */
  static String number(BigDecimal value) {
    return Measure.number(value);
  }

  /** The band as an editor names it, e.g. {@code Moderate}. */
  static String band(ImpactBand band) {
    return switch (band) {
      case HARMFUL -> "Harmful";
      case NO_EFFECT -> "No effect";
      case INSUFFICIENT_EVIDENCE -> "Insufficient evidence";
      case LOW -> "Low";
      case MODERATE -> "Moderate";
      case HIGH -> "High";
    };
  }

  /** The estimates a rated band admits under a scale, e.g. {@code 10 to under 30}. */
  static String range(ImpactScale scale, ImpactBand band) {
    return switch (band) {
      case HIGH -> number(scale.highFrom()) + " or more";
      case MODERATE -> number(scale.moderateFrom()) + " to under " + number(scale.highFrom());
      case LOW -> number(scale.lowFrom()) + " to under " + number(scale.moderateFrom());
      case NO_EFFECT ->
          "over " + number(scale.harmfulTo()) + " and under " + number(scale.lowFrom());
      case HARMFUL -> number(scale.harmfulTo()) + " or less";
      case INSUFFICIENT_EVIDENCE -> "no estimate";
    };
  }

  /** An evidence rating as an editor names it, e.g. {@code Low (2/5)}. */
  static String evidence(EvidenceRating rating) {
    return switch (rating) {
      case NOT_RATED -> "not rated";
      case VERY_LOW -> "Very low (1/5)";
      case LOW -> "Low (2/5)";
      case MODERATE -> "Moderate (3/5)";
      case HIGH -> "High (4/5)";
      case VERY_HIGH -> "Very high (5/5)";
    };
  }

  /** An enum constant as the document format writes it, e.g. {@code school-and-college}. */
  static String formatValue(Enum<?> value) {
    return Slugs.kebab(value);
  }

  /** Codes as a short quoted list for a message: {@code "community", "custody", …}. */
  static String codes(Collection<String> codes) {
    String shown =
        codes.stream().limit(LIST_LIMIT).map(Wording::quote).collect(Collectors.joining(", "));
    return codes.size() > LIST_LIMIT ? shown + ", …" : shown;
  }
}
