package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;

/**
 * {@code text.present}: the title, summary, "What is it?", "Is it effective?" and "How secure is
 * the evidence?" are not blank. So that nothing a reader sees is nameless, the title of every tip
 * and every resource that exists must not be blank either, nor the title of a toolkit.
 *
 * <p>Blank means a reader would see nothing: only white space (no-break spaces included), control
 * characters or invisible format characters such as a zero-width space. Rich text is blank when no
 * paragraph or list item has visible text.
 */
final class TextPresentRule extends DefaultContentRule {
  static final String ID = RuleIds.TEXT_PRESENT;

  TextPresentRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    Inlines walk = new Inlines();
    VisibleText visible = new VisibleText();
    plain(
        found,
        "/title",
        intervention.title(),
        "The title is empty; give the approach's name as readers should see it.");
    plain(
        found,
        "/summary",
        intervention.summary(),
        "The summary is empty; say in one line what the approach is.");
    rich(
        found,
        walk,
        visible,
        "/whatIsIt",
        intervention.whatIsIt(),
        "\"What is it?\" is empty; describe what the approach is and whom it is for.");
    rich(
        found,
        walk,
        visible,
        "/effectiveness",
        intervention.effectiveness(),
        "\"Is it effective?\" is empty; say what the evidence shows about its impact.");
    rich(
        found,
        walk,
        visible,
        "/evidenceSecurity",
        intervention.evidenceSecurity(),
        "\"How secure is the evidence?\" is empty; say how far the evidence can be trusted.");
    // Pointers and messages are only put together for a blank title: most titles are fine.
    List<ImplementationTip> tips = intervention.implementation();
    for (int n = 0; n < tips.size(); n++) {
      if (!Characters.hasVisible(tips.get(n).title())) {
        found.add(
            violation(
                Fields.tipPointer(n) + "/title",
                "The title of tip " + (n + 1) + " is empty; sum the tip up in one line."));
      }
    }
    List<Resource> resources = intervention.resources();
    for (int n = 0; n < resources.size(); n++) {
      if (!Characters.hasVisible(resources.get(n).title())) {
        found.add(
            violation(
                Fields.resourcePointer(n) + "/title",
                "The title of resource " + (n + 1) + " is empty; give its title as published."));
      }
    }
  }

  @Override
  void findInToolkit(Toolkit toolkit, RuleContext context, List<Violation> found) {
    plain(found, "/title", toolkit.title(), "The toolkit's title is empty; give it a name.");
  }

  private void plain(List<Violation> found, String pointer, String value, String message) {
    if (!Characters.hasVisible(value)) {
      found.add(violation(pointer, message));
    }
  }

  private void rich(
      List<Violation> found,
      Inlines walk,
      VisibleText visible,
      String pointer,
      RichText value,
      String message) {
    // The same answer as Characters.hasVisible(value.plainText()), without flattening the text.
    if (!walk.hasVisible(value, visible)) {
      found.add(violation(pointer, message));
    }
  }
}
