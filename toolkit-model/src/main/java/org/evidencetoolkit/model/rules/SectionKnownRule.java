package org.evidencetoolkit.model.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.Suggestions;
import org.evidencetoolkit.model.text.RichText;

/**
 * {@code section.known}: nothing written is silently not shown. Every custom section of an
 * intervention is listed in the profile's {@link Profile#sections()} and has a heading (a profile
 * label {@code section.<id>}); a custom section does not take a built-in section's id; and no
 * section that has content, built in or custom, is left out of the profile's order.
 */
final class SectionKnownRule extends DefaultContentRule {
  static final String ID = RuleIds.SECTION_KNOWN;

  SectionKnownRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    Profile profile = context.profile();
    List<String> order = profile.sections();
    for (Section section : Section.values()) {
      if (!order.contains(section.id()) && section.hasContent(intervention)) {
        found.add(
            violation(
                section.pointer(),
                "Section "
                    + Wording.quote(section.id())
                    + " has content, but profile "
                    + Wording.quote(profile.name())
                    + " leaves it out of its sections, so it would not be shown. Add it to the"
                    + " profile's sections, or remove the content."));
      }
    }
    for (Map.Entry<String, RichText> entry : intervention.sections().entrySet()) {
      String id = entry.getKey();
      String pointer = "/sections/" + escape(id);
      Optional<Section> builtIn = Section.byId(id);
      if (builtIn.isPresent()) {
        found.add(
            violation(
                pointer,
                "Section "
                    + Wording.quote(id)
                    + " is a built-in section; write it in the field "
                    + Wording.quote(builtIn.get().pointer().substring(1))
                    + " instead."));
      } else if (!order.contains(id)) {
        Optional<String> closest = Suggestions.closest(id, order);
        found.add(
            violation(
                pointer,
                "Section "
                    + Wording.quote(id)
                    + " is not in the sections of profile "
                    + Wording.quote(profile.name())
                    + ", so it would not be shown. "
                    + closest
                        .map(c -> "Did you mean " + Wording.quote(c) + "?")
                        .orElse("Add it to the profile's sections, or remove it.")));
      } else if (!profile.labels().containsKey(Section.labelKey(id))) {
        found.add(
            violation(
                pointer,
                "Section "
                    + Wording.quote(id)
                    + " has no heading. Add the label "
                    + Wording.quote(Section.labelKey(id))
                    + " to profile "
                    + Wording.quote(profile.name())
                    + "."));
      }
    }
  }

  /** A JSON Pointer reference token (RFC 6901): {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
