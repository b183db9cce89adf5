package org.evidencetoolkit.model.rules;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;

/**
 * {@code tips.unique}: no two implementation tips have the same title. Titles are compared as a
 * reader would see them: ignoring case, Unicode normalisation form and runs of white space, so
 * {@code "Train staff"} and {@code "train staff "} are the same title. Each repeat is reported at
 * its own {@code /implementation/N/title}; blank titles are left to {@code text.present}.
 */
final class TipsUniqueRule extends DefaultContentRule {
  static final String ID = RuleIds.TIPS_UNIQUE;

  TipsUniqueRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<ImplementationTip> tips = intervention.implementation();
    SameKeys<String> firstByTitle = new SameKeys<>(TITLES, tips.size());
    for (int n = 0; n < tips.size(); n++) {
      String title = tips.get(n).title();
      if (!Characters.hasVisible(title)) {
        continue;
      }
      int first = firstByTitle.firstSame(title, n);
      if (first >= 0) {
        found.add(
            violation(
                Fields.tipPointer(n) + "/title",
                "Tip "
                    + (n + 1)
                    + " has the same title as tip "
                    + (first + 1)
                    + ", "
                    + Wording.quote(title)
                    + "; give each tip its own title, or merge them."));
      }
    }
  }

  /** Titles keyed by {@link #key}, hashed without building the key when they are ASCII. */
  static final SameKeys.Keys<String> TITLES =
      new SameKeys.Keys<>() {
        @Override
        public String key(String title) {
          return TipsUniqueRule.key(title);
        }

        @Override
        public int keyHash(String title) {
          return TipsUniqueRule.keyHash(title);
        }
      };

  /**
   * Exactly {@code key(title).hashCode()}. For ASCII text, which needs no normalisation and whose
   * lower case is one character for one, it is worked out as the key's characters go by, with no
   * key built.
   */
  static int keyHash(String title) {
    if (!isAscii(title)) {
      return key(title).hashCode();
    }
    int hash = 0;
    boolean started = false;
    boolean space = false;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (Characters.isWhiteSpace(c)) {
        space = started;
      } else {
        if (space) {
          hash = 31 * hash + ' ';
          space = false;
        }
        hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        started = true;
      }
    }
    return hash;
  }

  /** The title as a reader tells titles apart. */
  static String key(String title) {
    // ASCII text is already in every normalisation form: skip the normaliser's copy for it.
    String composed = isAscii(title) ? title : Normalizer.normalize(title, Normalizer.Form.NFC);
    String normal = composed.toLowerCase(Locale.ROOT);
    if (isCollapsed(normal)) {
      return normal; // what the loop below would copy, character for character
    }
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

  /**
   * Whether {@code s} has no white space but single U+0020 spaces between other characters, so
   * that collapsing its white space changes nothing.
   */
  private static boolean isCollapsed(String s) {
    boolean afterOther = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Characters.isWhiteSpace(cp)) {
        if (cp != ' ' || !afterOther) {
          return false;
        }
        afterOther = false;
      } else {
        afterOther = true;
      }
    }
    return afterOther || s.isEmpty();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
