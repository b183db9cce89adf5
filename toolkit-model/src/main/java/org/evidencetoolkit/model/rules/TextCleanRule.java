package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.jspecify.annotations.Nullable;

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
  static final String ID = RuleIds.TEXT_CLEAN;

  TextCleanRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    Scan scan = new Scan();
    Fields.walk(
        intervention,
        new Fields.Visitor() {
          @Override
          public void plain(Fields.Field field, int index, String value) {
            String whenBlank =
                field == Fields.Field.RESOURCE_DESCRIPTION ? "write it or leave it out" : "";
            // The field's pointer and name are put together only when there is something to
            // report: most fields of most documents are clean.
            if (!isClean(value, whenBlank, scan)) {
              checkPlain(found, field.pointer(index), field.name(index), value, whenBlank, scan);
            }
          }

          @Override
          public void rich(Fields.Field field, int index, RichText text) {
            checkRich(found, field, index, text, scan);
          }
        });
  }

  @Override
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {
    Scan scan = new Scan();
    checkPlain(found, "/title", "The toolkit's title", toolkit.title(), "", scan);
    List<Setting> settings = toolkit.settings();
    for (int n = 0; n < settings.size(); n++) {
      String name = "declared setting " + (n + 1);
      checkPlain(
          found,
          "/settings/" + n + "/code",
          "The code of " + name,
          settings.get(n).code(),
          "write it",
          scan);
      checkPlain(
          found,
          "/settings/" + n + "/label",
          "The label of " + name,
          settings.get(n).label(),
          "write it",
          scan);
    }
    List<Sector> sectors = toolkit.sectors();
    for (int n = 0; n < sectors.size(); n++) {
      String name = "declared sector " + (n + 1);
      checkPlain(
          found,
          "/sectors/" + n + "/code",
          "The code of " + name,
          sectors.get(n).code(),
          "write it",
          scan);
      checkPlain(
          found,
          "/sectors/" + n + "/label",
          "The label of " + name,
          sectors.get(n).label(),
          "write it",
          scan);
    }
  }

  /**
   * Checks one plain-text field. {@code whenBlank} is the advice for a blank value, or {@code ""}
   * when a blank value is some other rule's business (or none's).
   */
  void checkPlain(
      List<Violation> found,
      String pointer,
      String name,
      String value,
      String whenBlank,
      Scan scan) {
    scan.reset();
    scan.flaws(value, 0, null);
    report(found, pointer, name, scan);
    if (!Characters.hasVisible(value)) {
      if (!whenBlank.isEmpty()) {
        found.add(violation(pointer, name + " is empty; " + whenBlank + "."));
      }
      return;
    }
    String edges = edges(Characters.startsWithWhiteSpace(value), Characters.endsWithWhiteSpace(value));
    if (!edges.isEmpty()) {
      found.add(violation(pointer, name + " " + edges + " white space; remove it."));
    }
  }

  /**
   * Whether {@link #checkPlain} would find nothing in {@code value}: the same tests, without the
   * pointer, name and messages it needs only for a finding.
   */
  static boolean isClean(String value, String whenBlank, Scan scan) {
    scan.reset();
    scan.flaws(value, 0, null);
    if (scan.controls.count > 0 || scan.broken.count > 0) {
      return false;
    }
    if (!Characters.hasVisible(value)) {
      return whenBlank.isEmpty();
    }
    return !Characters.startsWithWhiteSpace(value) && !Characters.endsWithWhiteSpace(value);
  }

  private void checkRich(
      List<Violation> found, Fields.Field field, int index, RichText text, Scan scan) {
    scan.reset();
    Inlines.Parts parts = new Inlines.Parts(text);
    while (parts.next()) {
      if (parts.emptyList()) {
        found.add(
            violation(
                field.pointer(index),
                field.name(index)
                    + " has a list with no items ("
                    + parts.place()
                    + "); remove it."));
        continue;
      }
      // One walk over the part gives the flaws of each Text, the links without text, and what
      // Inline.plainText(part) would show: whether it has a visible character and whether it
      // starts or ends with white space. White space is never half of a surrogate pair, so the
      // edges are the first and last code units of the first and last non-empty Text.
      int offset = 0;
      char first = 0;
      char last = 0;
      boolean any = false;
      scan.words.reset();
      scan.walk.start(parts.inlines());
      for (Inline inline = scan.walk.next(); inline != null; inline = scan.walk.next()) {
        if (inline instanceof Text t) {
          String s = t.text();
          offset += scan.flaws(s, offset, parts);
          scan.words.add(s);
          if (!s.isEmpty()) {
            if (!any) {
              first = s.charAt(0);
              any = true;
            }
            last = s.charAt(s.length() - 1);
          }
        } else if (inline instanceof Link link
            && !scan.linkWalk.hasVisible(link.children(), scan.linkWords)) {
          found.add(
              violation(
                  field.pointer(index),
                  field.name(index)
                      + " has a link with no text in "
                      + parts.place()
                      + ", to "
                      + Wording.quote(link.url().toString())
                      + "; give it words a reader can follow."));
        }
      }
      if (!scan.words.found()) {
        String what = parts.isParagraph() ? "an empty paragraph" : "an empty list item";
        found.add(
            violation(
                field.pointer(index),
                field.name(index) + " has " + what + " (" + parts.place() + "); remove it."));
      } else {
        String edges = edges(Characters.isWhiteSpace(first), Characters.isWhiteSpace(last));
        if (!edges.isEmpty()) {
          found.add(
              violation(
                  field.pointer(index),
                  field.name(index)
                      + ": "
                      + parts.place()
                      + " "
                      + edges
                      + " white space; remove it."));
        }
      }
    }
    if (scan.controls.count > 0 || scan.broken.count > 0) {
      report(found, field.pointer(index), field.name(index), scan);
    }
  }

  private void report(List<Violation> found, String pointer, String name, Scan scan) {
    Tally controls = scan.controls;
    Tally broken = scan.broken;
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
  private static String edges(boolean starts, boolean ends) {
    if (starts && ends) {
      return "starts and ends with";
    }
    return starts ? "starts with" : ends ? "ends with" : "";
  }

  /**
   * What one check of the rule reuses from field to field: the tallies, and the walks and
   * visibility tests of rich text.
   */
  static final class Scan {
    final Tally controls = new Tally();
    final Tally broken = new Tally();
    final Inlines walk = new Inlines();
    final VisibleText words = new VisibleText();
    final Inlines linkWalk = new Inlines();
    final VisibleText linkWords = new VisibleText();

    void reset() {
      controls.reset();
      broken.reset();
    }

    /**
     * Tallies the control and broken characters of {@code s}, whose first code point is at {@code
     * offset} within the part (or the plain field, when {@code parts} is null); returns how many
     * code points it has.
     */
    int flaws(String s, int offset, Inlines.@Nullable Parts parts) {
      int position = offset;
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        position++;
        if (Characters.isControl(cp)) {
          controls.add(cp, position, parts);
        } else if (Characters.isUnpairedSurrogate(cp)) {
          broken.add(cp, position, parts);
        }
      }
      return position - offset;
    }
  }

  /** Counts the code points of one kind and remembers where the first one was. */
  private static final class Tally {
    int count;
    int firstCodePoint;
    int firstPosition;
    String firstPlace = "";

    void reset() {
      count = 0;
      firstPlace = "";
    }

    /** One more, at {@code position} within the current part of {@code parts} (if any). */
    void add(int cp, int position, Inlines.@Nullable Parts parts) {
      if (count++ == 0) {
        firstCodePoint = cp;
        firstPosition = position;
        firstPlace = parts == null ? "" : " of " + parts.place();
      }
    }

    String describe(String one, String many) {
      String first =
          Wording.codePoint(firstCodePoint) + ", at character " + firstPosition + firstPlace;
      return count == 1 ? one + ", " + first : count + " " + many + " (the first " + first + ")";
    }
  }
}
