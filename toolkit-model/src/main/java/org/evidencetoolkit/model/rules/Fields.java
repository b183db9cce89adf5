package org.evidencetoolkit.model.rules;

import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.text.RichText;

/**
 * The text of an intervention field by field, in document order, each with its JSON Pointer and the
 * name an editor knows it by. Rich text is one field: in the document format it is a single
 * Markdown string, so a problem inside it points at the field.
 */
final class Fields {
  private Fields() {}

  /** Receives each text field. */
  interface Visitor {
    /** A plain-text field. */
    default void plain(String pointer, String name, String value) {}

    /** A rich-text field. */
    default void rich(String pointer, String name, RichText text) {}
  }

  /** Visits every text field in document order. */
  static void walk(Intervention intervention, Visitor visitor) {
    visitor.plain("/title", "The title", intervention.title());
    visitor.plain("/summary", "The summary", intervention.summary());
    visitor.rich("/whatIsIt", "\"What is it?\"", intervention.whatIsIt());
    visitor.rich("/effectiveness", "\"Is it effective?\"", intervention.effectiveness());
    visitor.rich(
        "/evidenceSecurity", "\"How secure is the evidence?\"", intervention.evidenceSecurity());
    visitor.rich("/costDetails", "\"How much does it cost?\"", intervention.costDetails());
    List<ImplementationTip> tips = intervention.implementation();
    for (int n = 0; n < tips.size(); n++) {
      visitor.plain(tipPointer(n) + "/title", "The title of tip " + (n + 1), tips.get(n).title());
      visitor.rich(tipPointer(n) + "/body", "The body of tip " + (n + 1), tips.get(n).body());
    }
    visitor.rich("/topicSummary", "\"Topic summary\"", intervention.topicSummary());
    List<Resource> resources = intervention.resources();
    for (int n = 0; n < resources.size(); n++) {
      Resource resource = resources.get(n);
      visitor.plain(
          resourcePointer(n) + "/title", "The title of resource " + (n + 1), resource.title());
      Optional<String> description = resource.description();
      if (description.isPresent()) {
        visitor.plain(
            resourcePointer(n) + "/description",
            "The description of resource " + (n + 1),
            description.get());
      }
    }
  }

  /** {@code /implementation/N}. */
  static String tipPointer(int index) {
    return "/implementation/" + index;
  }

  /** {@code /resources/N}. */
  static String resourcePointer(int index) {
    return "/resources/" + index;
  }
}
