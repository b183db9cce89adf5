package org.evidencetoolkit.model.rules;

import java.util.List;
import java.util.function.IntPredicate;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;

/**
 * {@code text.clean}: text holds nothing a reader cannot see or a renderer would silently change.
 *
 * <ul>
 *   <li>No control characters (Unicode category Cc, U+0000–U+001F and U+007F–U+009F) in any
 *       plain-text field or any {@link Text} of rich text. That includes tab and line feed: a title
 *       is one line, and rich text needs no line breaks because paragraphs and list items are
 *       blocks. (A reader of Markdown therefore joins a paragraph's lines with a space.)
 *   <li>No broken characters: a surrogate that is not half of a pair cannot be written as UTF-8.
 *   <li>No leading or trailing white space (no-break spaces included) on the title, summary, tip
 *       titles, resource titles and descriptions, nor on a paragraph or a list item of rich text,
 *       which Markdown could not carry. A blank required field is left to {@code text.present}.
 *   <li>No empty paragraph, empty list item, list without items, or link without visible text; no
 *       resource description that is present but blank (leave it out instead).
 *   <li>Across a toolkit: the same checks on its title and on the codes and labels of the settings
 *       and sectors it declares.
 * </ul>
 *
 * <p>Each kind of problem is reported once per field, counting its occurrences and locating the
 * first, so hostile text yields a short report. Paths point at the field (rich text is one Markdown
 * string in the document format); messages name the paragraph or item.
 */
final class TextCleanRule extends DefaultContentRule {
  static final String ID = "text.clean";

  TextCleanRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    Fields.walk(
        intervention,
        new Fields.Visitor() {
          @Override
          public void plain(String pointer, String name, String value) {
            checkPlain(found, pointer, name, value, pointer.endsWith("/description"));
          }

          @Override
          public void rich(String pointer, String name, RichText text) {
            checkRich(found, pointer, name, text);
          }
        });
  }

  @Override
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {
    checkPlain(found, "/title", "The toolkit's title", toolkit.title(), false);
    List<Setting> settings = toolkit.settings();
    for (int n = 0; n < settings.size(); n++) {
      String name = "declared setting " + (n + 1);
      checkPlain(
          found, "/settings/" + n + "/code", "The code of " + name, settings.get(n).code(), true);
      checkPlain(
          found,
          "/settings/" + n + "/label",
          "The label of " + name,
          settings.get(n).label(),
          true);
    }
    List<Sector> sectors = toolkit.sectors();
    for (int n = 0; n < sectors.size(); n++) {
      String name = "declared sector " + (n + 1);
      checkPlain(
          found, "/sectors/" + n + "/code", "The code of " + name, sectors.get(n).code(), true);
      checkPlain(
          found, "/sectors/" + n + "/label", "The label of " + name, sectors.get(n).label(), true);
    }
  }

  private void checkPlain(
      List<Violation> found, String pointer, String name, String value, boolean blankIsWrong) {
    Tally controls = new Tally(Characters::isControl);
    Tally broken = new Tally(Characters::isUnpairedSurrogate);
    controls.scan(value, 0, "");
    broken.scan(value, 0, "");
    report(found, pointer, name, controls, broken);
    if (!Characters.hasVisible(value)) {
      if (blankIsWrong) {
        found.add(violation(pointer, name + " is empty; write it or leave it out."));
      }
      return;
    }
    String edges = edges(value);
    if (!edges.isEmpty()) {
      found.add(violation(pointer, name + " " + edges + " white space; remove it."));
    }
  }

  private void checkRich(List<Violation> found, String pointer, String name, RichText text) {
    Tally controls = new Tally(Characters::isControl);
    Tally broken = new Tally(Characters::isUnpairedSurrogate);
    for (Inlines.Part part : Inlines.parts(text)) {
      String where = " of " + part.place();
      if (part.emptyList()) {
        found.add(
            violation(
                pointer, name + " has a list with no items (" + part.place() + "); remove it."));
        continue;
      }
      int offset = 0;
      for (Inline inline : Inlines.all(part.inlines())) {
        if (inline instanceof Text t) {
          controls.scan(t.text(), offset, where);
          broken.scan(t.text(), offset, where);
          offset += Characters.length(t.text());
        } else if (inline instanceof Link link
            && !Characters.hasVisible(Inline.plainText(link.children()))) {
          found.add(
              violation(
                  pointer,
                  name
                      + " has a link with no text in "
                      + part.place()
                      + ", to "
                      + Wording.quote(link.url().toString())
                      + "; give it words a reader can follow."));
        }
      }
      String words = Inline.plainText(part.inlines());
      if (!Characters.hasVisible(words)) {
        String what =
            part.place().startsWith("paragraph") ? "an empty paragraph" : "an empty list item";
        found.add(
            violation(pointer, name + " has " + what + " (" + part.place() + "); remove it."));
      } else {
        String edges = edges(words);
        if (!edges.isEmpty()) {
          found.add(
              violation(
                  pointer, name + ": " + part.place() + " " + edges + " white space; remove it."));
        }
      }
    }
    report(found, pointer, name, controls, broken);
  }

  private void report(
      List<Violation> found, String pointer, String name, Tally controls, Tally broken) {
    if (controls.count > 0) {
      found.add(
          violation(
              pointer,
              name
                  + " contains "
                  + controls.describe("a control character", "control characters")
                  + "; remove "
                  + (controls.count == 1 ? "it" : "them")
                  + " (a line break or tab within a line of text becomes a space)."));
    }
    if (broken.count > 0) {
      found.add(
          violation(
              pointer,
              name
                  + " contains "
                  + broken.describe("a broken character", "broken characters")
                  + " (half of a surrogate pair, which cannot be saved as UTF-8); retype "
                  + (broken.count == 1 ? "it." : "them.")));
    }
  }

  /** {@code "starts with"}, {@code "ends with"}, {@code "starts and ends with"} or {@code ""}. */
  private static String edges(String value) {
    boolean starts = Characters.startsWithWhiteSpace(value);
    boolean ends = Characters.endsWithWhiteSpace(value);
    if (starts && ends) {
      return "starts and ends with";
    }
    return starts ? "starts with" : ends ? "ends with" : "";
  }

  /** Counts the code points of one kind and remembers where the first one was. */
  private static final class Tally {
    private final IntPredicate kind;
    int count;
    int firstCodePoint;
    int firstPosition;
    String firstPlace = "";

    Tally(IntPredicate kind) {
      this.kind = kind;
    }

    /** Scans {@code s}, whose first code point is at {@code offset} within {@code place}. */
    void scan(String s, int offset, String place) {
      int position = offset;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        position++;
        if (kind.test(cp)) {
          if (count++ == 0) {
            firstCodePoint = cp;
            firstPosition = position;
            firstPlace = place;
          }
        }
      }
    }

    String describe(String one, String many) {
      String first =
          Wording.codePoint(firstCodePoint) + ", at character " + firstPosition + firstPlace;
      return count == 1 ? one + ", " + first : count + " " + many + " (the first " + first + ")";
    }
  }
}
