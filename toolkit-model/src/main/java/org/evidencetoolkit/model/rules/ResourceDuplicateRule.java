package org.evidencetoolkit.model.rules;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;

/**
 * {@code resource.duplicate}: no two resources share an address. Addresses are compared after
 * normalising what does not change where they lead: scheme and host case, a default port, an empty
 * path, dot segments ({@code https://Example.org} and {@code https://example.org/} are the same).
 * Each repeat is reported at its own {@code /resources/N/url}. Resources without an address are not
 * compared.
 */
final class ResourceDuplicateRule extends DefaultContentRule {
  static final String ID = RuleIds.RESOURCE_DUPLICATE;

  ResourceDuplicateRule() {
    super(ID, Severity.WARNING);
  }

  @Override
  void find(Intervention intervention, RuleContext context, List<Violation> found) {
    List<Resource> resources = intervention.resources();
    SameKeys<URI> firstByKey = new SameKeys<>(Addresses.KEYS, resources.size());
    for (int n = 0; n < resources.size(); n++) {
      Optional<URI> url = resources.get(n).url();
      if (url.isEmpty()) {
        continue;
      }
      int first = firstByKey.firstSame(url.get(), n);
      if (first >= 0) {
        found.add(
            violation(
                Fields.resourcePointer(n) + "/url",
                "Resource "
                    + (n + 1)
                    + " has the same address as resource "
                    + (first + 1)
                    + ", "
                    + Wording.quote(url.get().toString())
                    + "; remove one, or point each to what it describes."));
      }
    }
  }
}
