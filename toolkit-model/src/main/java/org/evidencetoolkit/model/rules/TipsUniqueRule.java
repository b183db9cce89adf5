package org.evidencetoolkit.model.rules;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<String, Integer> firstByTitle = new HashMap<>();
    for (int n = 0; n < tips.size(); n++) {
      String title = tips.get(n).title();
      if (!Characters.hasVisible(title)) {
        continue;
      }
      Integer first = firstByTitle.putIfAbsent(key(title), n);
      if (first != null) {
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

  /** The title as a reader tells titles apart. */
  static String key(String title) {
    // ASCII text is already in every normalisation form: skip the normaliser's copy for it.
    String composed = isAscii(title) ? title : Normalizer.normalize(title, Normalizer.Form.NFC);
    String normal = composed.toLowerCase(Locale.ROOT);
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

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
