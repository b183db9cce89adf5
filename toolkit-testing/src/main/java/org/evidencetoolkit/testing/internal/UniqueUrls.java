package org.evidencetoolkit.testing.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;

/**
 * Makes every address in an intervention distinct, so valid documents never trip {@code
 * resource.duplicate} however a rule compares addresses: two addresses count as the same here when
 * they differ only in case, query, fragment or a trailing slash, which is stricter than any
 * reasonable rule.
 */
final class UniqueUrls {
  private UniqueUrls() {}

  static Intervention apply(Intervention intervention) {
    if (allDistinct(intervention)) {
      return intervention;
    }
    Set<String> seen = new HashSet<>();
    UnaryOperator<URI> unique = url -> unique(url, seen);
    List<Resource> resources = new ArrayList<>(intervention.resources().size());
    for (Resource r : intervention.resources()) {
      resources.add(
          r.url().isPresent() ? Resource.builder().from(r).url(unique.apply(r.url().get())).build() : r);
    }
    List<ImplementationTip> tips = new ArrayList<>(intervention.implementation().size());
    for (ImplementationTip tip : intervention.implementation()) {
      tips.add(ImplementationTip.of(tip.title(), RichTexts.mapUrls(tip.body(), unique)));
    }
    return Intervention.builder()
        .from(intervention)
        .resources(resources)
        .whatIsIt(RichTexts.mapUrls(intervention.whatIsIt(), unique))
        .effectiveness(RichTexts.mapUrls(intervention.effectiveness(), unique))
        .evidenceSecurity(RichTexts.mapUrls(intervention.evidenceSecurity(), unique))
        .costDetails(RichTexts.mapUrls(intervention.costDetails(), unique))
        .implementation(tips)
        .topicSummary(RichTexts.mapUrls(intervention.topicSummary(), unique))
        .build();
  }

  private static boolean allDistinct(Intervention intervention) {
    Set<String> seen = new HashSet<>();
    boolean[] distinct = {true};
    Consumer<URI> check = url -> distinct[0] &= seen.add(key(url));
    intervention.resources().forEach(r -> r.url().ifPresent(check));
    RichTexts.forEachUrl(intervention.whatIsIt(), check);
    RichTexts.forEachUrl(intervention.effectiveness(), check);
    RichTexts.forEachUrl(intervention.evidenceSecurity(), check);
    RichTexts.forEachUrl(intervention.costDetails(), check);
    intervention.implementation().forEach(t -> RichTexts.forEachUrl(t.body(), check));
    RichTexts.forEachUrl(intervention.topicSummary(), check);
    return distinct[0];
  }

  /** A loose comparison key: lower case, no query or fragment, no trailing slash. */
  static String key(URI url) {
    String s = url.toString().toLowerCase(Locale.ROOT);
    int cut = s.length();
    int query = s.indexOf('?');
    int fragment = s.indexOf('#');
    if (query >= 0) {
      cut = query;
    }
    if (fragment >= 0 && fragment < cut) {
      cut = fragment;
    }
    s = s.substring(0, cut);
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static URI unique(URI url, Set<String> seen) {
    if (seen.add(key(url))) {
      return url;
    }
    for (int n = 2; ; n++) {
      URI candidate = variant(url, n);
      if (seen.add(key(candidate))) {
        return candidate;
      }
    }
  }

  private static URI variant(URI url, int n) {
    if ("mailto".equalsIgnoreCase(url.getScheme())) {
      String address = url.getSchemeSpecificPart();
      int at = address.indexOf('@');
      return URI.create("mailto:" + address.substring(0, at) + "+" + n + address.substring(at));
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(url.getScheme() + "://" + url.getRawAuthority() + path + "/copy-" + n);
  }
}
