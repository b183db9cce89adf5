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
 *
 * <p>A field is handed over as a {@link Field} and an index (of the tip or resource; 0 for the
 * others), and its pointer and name are only put together when a message needs them: most fields
 * of most documents are fine.
 */
final class Fields {
  private Fields() {}

  /** A kind of text field; with an index it names one field of an intervention. */
  enum Field {
    TITLE("/title", "The title"),
    SUMMARY("/summary", "The summary"),
    WHAT_IS_IT("/whatIsIt", "\"What is it?\""),
    EFFECTIVENESS("/effectiveness", "\"Is it effective?\""),
    EVIDENCE_SECURITY("/evidenceSecurity", "\"How secure is the evidence?\""),
    COST_DETAILS("/costDetails", "\"How much does it cost?\""),
    TIP_TITLE("/title", "The title of tip "),
    TIP_BODY("/body", "The body of tip "),
    TOPIC_SUMMARY("/topicSummary", "\"Topic summary\""),
    RESOURCE_TITLE("/title", "The title of resource "),
    RESOURCE_DESCRIPTION("/description", "The description of resource ");

    private final String pointer;
    private final String name;

    Field(String pointer, String name) {
      this.pointer = pointer;
      this.name = name;
    }

    /** The JSON Pointer of this field of tip or resource {@code index}, e.g. {@code /title}. */
    String pointer(int index) {
      return switch (this) {
        case TIP_TITLE, TIP_BODY -> tipPointer(index) + pointer;
        case RESOURCE_TITLE, RESOURCE_DESCRIPTION -> resourcePointer(index) + pointer;
        default -> pointer;
      };
    }

    /** Its name for an editor, e.g. {@code The title of tip 3}. */
    String name(int index) {
      return switch (this) {
        case TIP_TITLE, TIP_BODY, RESOURCE_TITLE, RESOURCE_DESCRIPTION -> name + (index + 1);
        default -> name;
      };
    }
  }

  /** Receives each text field. */
  interface Visitor {
    /** A plain-text field: {@code field} of tip or resource {@code index} (0 for the others). */
    default void plain(Field field, int index, String value) {}

    /** A rich-text field: {@code field} of tip {@code index} (0 for the others). */
    default void rich(Field field, int index, RichText text) {}
  }

  /** Visits every text field in document order. */
  static void walk(Intervention intervention, Visitor visitor) {
    visitor.plain(Field.TITLE, 0, intervention.title());
    visitor.plain(Field.SUMMARY, 0, intervention.summary());
    visitor.rich(Field.WHAT_IS_IT, 0, intervention.whatIsIt());
    visitor.rich(Field.EFFECTIVENESS, 0, intervention.effectiveness());
    visitor.rich(Field.EVIDENCE_SECURITY, 0, intervention.evidenceSecurity());
    visitor.rich(Field.COST_DETAILS, 0, intervention.costDetails());
    List<ImplementationTip> tips = intervention.implementation();
    for (int n = 0; n < tips.size(); n++) {
      visitor.plain(Field.TIP_TITLE, n, tips.get(n).title());
      visitor.rich(Field.TIP_BODY, n, tips.get(n).body());
    }
    visitor.rich(Field.TOPIC_SUMMARY, 0, intervention.topicSummary());
    List<Resource> resources = intervention.resources();
    for (int n = 0; n < resources.size(); n++) {
      Resource resource = resources.get(n);
      visitor.plain(Field.RESOURCE_TITLE, n, resource.title());
      Optional<String> description = resource.description();
      if (description.isPresent()) {
        visitor.plain(Field.RESOURCE_DESCRIPTION, n, description.get());
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
