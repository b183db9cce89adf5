package org.evidencetoolkit.model.rules;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.RichText;

/**
 * {@code link.scheme}: every address is one the {@link org.evidencetoolkit.model.LinkPolicy}
 * allows, the same policy the renderers follow: absolute {@code http} or {@code https} with a
 * host and no user name, or {@code mailto} with an address ({@code name@domain}); schemes ignore
 * case. It covers each resource's {@code url} (path {@code /resources/N/url}) and every link in
 * every rich-text field, tip bodies included (path: the field, e.g. {@code /effectiveness}, since
 * rich text is one Markdown string in the document format; the message quotes the link's text
 * and address).
 */
final class LinkSchemeRule extends DefaultContentRule {
  static final String ID = RuleIds.LINK_SCHEME;

  LinkSchemeRule() {
    super(ID, Severity.ERROR);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    Inlines walk = new Inlines();
    Fields.walk(
        intervention,
        new Fields.Visitor() {
          @Override
          public void rich(Fields.Field field, int index, RichText text) {
            Inlines.Parts parts = new Inlines.Parts(text);
            while (parts.next()) {
              walk.start(parts.inlines());
              for (Inline inline = walk.next(); inline != null; inline = walk.next()) {
                if (inline instanceof Link link) {
                  check(found, field, index, link);
                }
              }
            }
          }
        });
    List<Resource> resources = intervention.resources();
    for (int n = 0; n < resources.size(); n++) {
      Optional<URI> url = resources.get(n).url();
      if (url.isPresent()) {
        Optional<String> problem = Addresses.problem(url.get());
        if (problem.isPresent()) {
          found.add(
              violation(
                  Fields.resourcePointer(n) + "/url",
                  "The address of resource "
                      + (n + 1)
                      + ", "
                      + Wording.quote(url.get().toString())
                      + ", "
                      + problem.get()
                      + "."));
        }
      }
    }
  }

  private void check(List<Violation> found, Fields.Field field, int index, Link link) {
    Optional<String> problem = Addresses.problem(link.url());
    if (problem.isPresent()) {
      found.add(
          violation(
              field.pointer(index),
              "In "
                  + field.name(index)
                  + ", the link "
                  + Wording.quote(Inline.plainText(link.children()))
                  + " points to "
                  + Wording.quote(link.url().toString())
                  + ", which "
                  + problem.get()
                  + "."));
    }
  }
}
