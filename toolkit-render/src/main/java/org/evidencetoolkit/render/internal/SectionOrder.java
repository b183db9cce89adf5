package org.evidencetoolkit.render.internal;

import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Section;
import org.evidencetoolkit.model.text.RichText;

/**
 * The sections of an intervention page in the order its profile gives ({@link Profile#sections()}),
 * the same for every output format. A section with nothing to show is skipped; so is a custom
 * section the profile does not list, and a listed id the intervention has no section for (the
 * content rule {@code section.known} reports content the profile leaves out).
 */
public final class SectionOrder {
  private SectionOrder() {}

  /**
   * Calls {@code builtIn} for each built-in section with content and {@code custom} with the id
   * and text of each custom section with content, in the profile's order.
   */
  public static void forEach(
      Profile profile,
      Intervention intervention,
      Consumer<Section> builtIn,
      BiConsumer<String, RichText> custom) {
    for (String id : profile.sections()) {
      Optional<Section> section = Section.byId(id);
      if (section.isPresent()) {
        if (section.get().hasContent(intervention)) {
          builtIn.accept(section.get());
        }
      } else {
        RichText body = intervention.sections().get(id);
        if (body != null && !body.isEmpty()) {
          custom.accept(id, body);
        }
      }
    }
  }
}
