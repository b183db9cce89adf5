package org.evidencetoolkit.model.rules;

import java.util.List;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;

/**
 * Resolves a violation's JSON Pointer against the model, by the field names of the document
 * format, to prove that every path points at something that is there.
 */
final class Pointers {
  private Pointers() {}

  /** Whether {@code pointer} names a value of the toolkit document. */
  static boolean resolves(Toolkit toolkit, String pointer) {
    List<String> s = segments(pointer);
    if (s.isEmpty()) {
      return true;
    }
    return switch (s.get(0)) {
      case "title" -> s.size() == 1;
      case "settings" ->
          s.size() == 1
              || (index(s.get(1), toolkit.settings().size())
                  && (s.size() == 2 || (s.size() == 3 && List.of("code", "label").contains(s.get(2)))));
      case "sectors" ->
          s.size() == 1
              || (index(s.get(1), toolkit.sectors().size())
                  && (s.size() == 2 || (s.size() == 3 && List.of("code", "label").contains(s.get(2)))));
      case "interventions" ->
          s.size() == 1
              || (index(s.get(1), toolkit.interventions().size())
                  && resolves(
                      toolkit.interventions().get(Integer.parseInt(s.get(1))),
                      "/" + String.join("/", s.subList(2, s.size()))));
      default -> false;
    };
  }

  /** Whether {@code pointer} names a value of the intervention document. */
  static boolean resolves(Intervention i, String pointer) {
    List<String> s = segments(pointer);
    if (s.isEmpty() || (s.size() == 1 && s.get(0).isEmpty())) {
      return true;
    }
    String field = s.get(0);
    int n = s.size();
    return switch (field) {
      case "id", "title", "summary", "evidence", "cost", "whatIsIt", "effectiveness",
          "evidenceSecurity", "costDetails", "topicSummary" -> n == 1;
      case "studyCount" -> n == 1 && i.studyCount().isPresent();
      case "lastUpdated" -> n == 1 && i.lastUpdated().isPresent();
      case "impact" ->
          n == 1
              || (n == 2 && s.get(1).equals("band"))
              || (n == 2 && s.get(1).equals("estimate") && i.impact().estimate().isPresent());
      case "preventionTypes" -> n == 1 || (n == 2 && index(s.get(1), i.preventionTypes().size()));
      case "settings" -> n == 1 || (n == 2 && index(s.get(1), i.settings().size()));
      case "sectors" -> n == 1 || (n == 2 && index(s.get(1), i.sectors().size()));
      case "related" -> n == 1 || (n == 2 && index(s.get(1), i.related().size()));
      case "implementation" ->
          n == 1
              || (index(s.get(1), i.implementation().size())
                  && (n == 2 || (n == 3 && List.of("title", "body").contains(s.get(2)))));
      case "resources" -> n == 1 || (index(s.get(1), i.resources().size()) && resource(i, s));
      default -> false;
    };
  }

  private static boolean resource(Intervention i, List<String> s) {
    if (s.size() == 2) {
      return true;
    }
    Resource r = i.resources().get(Integer.parseInt(s.get(1)));
    return s.size() == 3
        && switch (s.get(2)) {
          case "title" -> true;
          case "description" -> r.description().isPresent();
          case "url" -> r.url().isPresent();
          default -> false;
        };
  }

  private static boolean index(String segment, int size) {
    if (!segment.matches("0|[1-9][0-9]{0,8}")) {
      return false;
    }
    return Integer.parseInt(segment) < size;
  }

  private static List<String> segments(String pointer) {
    if (pointer.isEmpty()) {
      return List.of();
    }
    if (!pointer.startsWith("/")) {
      throw new AssertionError("not a JSON Pointer: " + pointer);
    }
    return List.of(pointer.substring(1).split("/", -1));
  }
}
