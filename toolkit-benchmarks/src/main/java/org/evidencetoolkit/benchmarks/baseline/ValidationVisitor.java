package org.evidencetoolkit.benchmarks.baseline;

import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.model.rules.Severity;
import org.evidencetoolkit.model.rules.Violation;

/**
 * The limit for validation: one hand-written pass over an intervention that makes the same checks
 * as the default content rules against the built-in vocabularies and the default impact scale, and
 * reports the same rule, severity and pointer for each finding. Its messages are terse: the
 * editor-facing wording is the rules' own work and is not what this measures.
 *
 * <p>Where the rules walk the document once per rule, this walks it once in all: each rich-text
 * field is scanned a single time for visible text ({@code text.present}), controls, edges and
 * empty parts ({@code text.clean}) and link addresses ({@code link.scheme}).
 */
public final class ValidationVisitor {
  private static final ImpactScale SCALE = ImpactScale.defaults();

  /** Validates one intervention; the findings in document order. */
  public List<Violation> validate(Intervention i) {
    List<Violation> found = new ArrayList<>();
    String id = i.id();
    if (!isSlug(id) || id.codePointCount(0, id.length()) > 64) {
      found.add(v("id.format", Severity.ERROR, "/id"));
    }
    plainField(found, "/title", i.title(), true, false);
    int titleLength = i.title().codePointCount(0, i.title().length());
    if (titleLength > 100) {
      found.add(v("text.length", Severity.WARNING, "/title"));
    }
    plainField(found, "/summary", i.summary(), true, false);
    if (i.summary().codePointCount(0, i.summary().length()) > 250) {
      found.add(v("text.length", Severity.WARNING, "/summary"));
    }
    impact(found, i);
    vocabularies(found, i);
    richField(found, "/whatIsIt", i.whatIsIt(), true);
    richField(found, "/effectiveness", i.effectiveness(), true);
    richField(found, "/evidenceSecurity", i.evidenceSecurity(), true);
    richField(found, "/costDetails", i.costDetails(), false);
    List<ImplementationTip> tips = i.implementation();
    Map<String, Integer> tipTitles = new HashMap<>();
    for (int n = 0; n < tips.size(); n++) {
      String pointer = "/implementation/" + n;
      String title = tips.get(n).title();
      boolean visible = plainField(found, pointer + "/title", title, true, false);
      if (visible && tipTitles.putIfAbsent(tipKey(title), n) != null) {
        found.add(v("tips.unique", Severity.ERROR, pointer + "/title"));
      }
      richField(found, pointer + "/body", tips.get(n).body(), false);
    }
    richField(found, "/topicSummary", i.topicSummary(), false);
    List<Resource> resources = i.resources();
    Set<String> addresses = new HashSet<>();
    for (int n = 0; n < resources.size(); n++) {
      String pointer = "/resources/" + n;
      Resource resource = resources.get(n);
      plainField(found, pointer + "/title", resource.title(), true, false);
      Optional<String> description = resource.description();
      if (description.isPresent()) {
        plainField(found, pointer + "/description", description.get(), false, true);
      }
      Optional<URI> url = resource.url();
      if (url.isPresent()) {
        if (!acceptable(url.get())) {
          found.add(v("link.scheme", Severity.ERROR, pointer + "/url"));
        }
        if (!addresses.add(addressKey(url.get()))) {
          found.add(v("resource.duplicate", Severity.WARNING, pointer + "/url"));
        }
      }
    }
    return found;
  }

  private static void impact(List<Violation> found, Intervention i) {
    ImpactBand band = i.impact().band();
    Optional<BigDecimal> estimate = i.impact().estimate();
    if (estimate.isPresent()) {
      if (band == ImpactBand.INSUFFICIENT_EVIDENCE) {
        found.add(v("impact.insufficient-has-no-estimate", Severity.ERROR, "/impact/estimate"));
      } else if (SCALE.bandOf(estimate.get()) != band) {
        found.add(v("impact.estimate-matches-band", Severity.ERROR, "/impact/estimate"));
      }
    }
    EvidenceRating evidence = i.evidence();
    if (band.isRated() && evidence == EvidenceRating.NOT_RATED) {
      found.add(v("impact.evidence-not-rated", Severity.WARNING, "/evidence"));
    }
    if ((band == ImpactBand.HIGH || band == ImpactBand.HARMFUL)
        && (evidence == EvidenceRating.VERY_LOW || evidence == EvidenceRating.LOW)) {
      found.add(v("impact.high-on-weak-evidence", Severity.WARNING, "/impact/band"));
    }
  }

  private static void vocabularies(List<Violation> found, Intervention i) {
    List<PreventionType> types = i.preventionTypes();
    if (types.isEmpty() && !i.headlineOnly()) {
      found.add(v("prevention.present", Severity.ERROR, "/preventionTypes"));
    }
    Set<PreventionType> seenTypes = EnumSet.noneOf(PreventionType.class);
    for (int n = 0; n < types.size(); n++) {
      if (!seenTypes.add(types.get(n))) {
        found.add(v("prevention.present", Severity.ERROR, "/preventionTypes/" + n));
      }
    }
    List<Setting> settings = i.settings();
    if (settings.isEmpty() && !i.headlineOnly()) {
      found.add(v("setting.present", Severity.ERROR, "/settings"));
    }
    Set<String> seenSettings = new HashSet<>();
    for (int n = 0; n < settings.size(); n++) {
      String code = settings.get(n).code();
      if (!seenSettings.add(code)) {
        found.add(v("setting.present", Severity.ERROR, "/settings/" + n));
      }
      if (!Setting.builtIns().contains(settings.get(n))) {
        found.add(v("setting.known", Severity.ERROR, "/settings/" + n));
      }
    }
    List<Sector> sectors = i.sectors();
    Set<String> seenSectors = new HashSet<>();
    for (int n = 0; n < sectors.size(); n++) {
      boolean repeat = !seenSectors.add(sectors.get(n).code());
      if (!Sector.builtIns().contains(sectors.get(n)) || repeat) {
        found.add(v("sector.known", Severity.ERROR, "/sectors/" + n));
      }
    }
  }

  /** Checks a plain-text field; returns whether it has visible text. */
  private static boolean plainField(
      List<Violation> found, String pointer, String value, boolean required, boolean blankIsWrong) {
    boolean control = false;
    boolean broken = false;
    boolean visible = false;
    for (int k = 0; k < value.length(); ) {
      int cp = value.codePointAt(k);
      k += Character.charCount(cp);
      int type = Character.getType(cp);
      control |= type == Character.CONTROL;
      broken |= type == Character.SURROGATE;
      visible |= isVisible(cp, type);
    }
    if (!visible && required) {
      found.add(v("text.present", Severity.ERROR, pointer));
    }
    if (control) {
      found.add(v("text.clean", Severity.ERROR, pointer));
    }
    if (broken) {
      found.add(v("text.clean", Severity.ERROR, pointer));
    }
    if (!visible) {
      if (blankIsWrong) {
        found.add(v("text.clean", Severity.ERROR, pointer));
      }
    } else if (isWhiteSpace(value.codePointAt(0))
        || isWhiteSpace(value.codePointBefore(value.length()))) {
      found.add(v("text.clean", Severity.ERROR, pointer));
    }
    return visible;
  }

  /** The state of one walk over a rich-text field. */
  private static final class RichScan {
    boolean control;
    boolean broken;
    boolean anyVisible;
    // per part
    boolean partVisible;
    int first = -1;
    int last = -1;
  }

  private static void richField(List<Violation> found, String pointer, RichText text, boolean required) {
    RichScan scan = new RichScan();
    List<Violation> clean = new ArrayList<>(0);
    List<Violation> links = new ArrayList<>(0);
    for (Block block : text.blocks()) {
      if (block instanceof Paragraph paragraph) {
        part(scan, paragraph.inlines(), pointer, clean, links);
      } else {
        List<List<Inline>> items =
            block instanceof BulletList bullets ? bullets.items() : ((OrderedList) block).items();
        if (items.isEmpty()) {
          clean.add(v("text.clean", Severity.ERROR, pointer));
        }
        for (List<Inline> item : items) {
          part(scan, item, pointer, clean, links);
        }
      }
    }
    if (required && !scan.anyVisible) {
      found.add(v("text.present", Severity.ERROR, pointer));
    }
    found.addAll(clean);
    if (scan.control) {
      found.add(v("text.clean", Severity.ERROR, pointer));
    }
    if (scan.broken) {
      found.add(v("text.clean", Severity.ERROR, pointer));
    }
    found.addAll(links);
  }

  private static void part(
      RichScan scan, List<Inline> inlines, String pointer, List<Violation> clean, List<Violation> links) {
    scan.partVisible = false;
    scan.first = -1;
    scan.last = -1;
    inlines(scan, inlines, pointer, clean, links);
    if (!scan.partVisible) {
      clean.add(v("text.clean", Severity.ERROR, pointer));
    } else if (isWhiteSpace(scan.first) || isWhiteSpace(scan.last)) {
      clean.add(v("text.clean", Severity.ERROR, pointer));
    }
  }

  private static void inlines(
      RichScan scan, List<Inline> inlines, String pointer, List<Violation> clean, List<Violation> links) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        String s = t.text();
        if (s.isEmpty()) {
          continue;
        }
        if (scan.first < 0) {
          scan.first = s.codePointAt(0);
        }
        scan.last = s.codePointBefore(s.length());
        for (int k = 0; k < s.length(); ) {
          int cp = s.codePointAt(k);
          k += Character.charCount(cp);
          int type = Character.getType(cp);
          scan.control |= type == Character.CONTROL;
          scan.broken |= type == Character.SURROGATE;
          if (isVisible(cp, type)) {
            scan.partVisible = true;
            scan.anyVisible = true;
          }
        }
      } else if (inline instanceof Emphasis e) {
        inlines(scan, e.children(), pointer, clean, links);
      } else if (inline instanceof Strong s) {
        inlines(scan, s.children(), pointer, clean, links);
      } else if (inline instanceof Link link) {
        if (!hasVisible(link.children())) {
          clean.add(v("text.clean", Severity.ERROR, pointer));
        }
        if (!acceptable(link.url())) {
          links.add(v("link.scheme", Severity.ERROR, pointer));
        }
        inlines(scan, link.children(), pointer, clean, links);
      }
    }
  }

  private static boolean hasVisible(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        String s = t.text();
        for (int k = 0; k < s.length(); ) {
          int cp = s.codePointAt(k);
          k += Character.charCount(cp);
          if (isVisible(cp, Character.getType(cp))) {
            return true;
          }
        }
      } else if ((inline instanceof Emphasis e && hasVisible(e.children()))
          || (inline instanceof Strong s && hasVisible(s.children()))
          || (inline instanceof Link l && hasVisible(l.children()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVisible(int cp, int type) {
    return type != Character.CONTROL && type != Character.FORMAT && !isWhiteSpace(cp);
  }

  private static boolean isWhiteSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
  }

  private static boolean isSlug(String s) {
    if (s.isEmpty() || s.charAt(0) == '-' || s.charAt(s.length() - 1) == '-') {
      return false;
    }
    char previous = ' ';
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && !(c == '-' && previous != '-')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean acceptable(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return false;
    }
    if (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) {
      String host = uri.getHost();
      return !uri.isOpaque() && host != null && !host.isEmpty();
    }
    if (scheme.equalsIgnoreCase("mailto")) {
      String ssp = uri.getSchemeSpecificPart();
      String part = ssp == null ? "" : ssp;
      int query = part.indexOf('?');
      String mailbox = query < 0 ? part : part.substring(0, query);
      int at = mailbox.indexOf('@');
      return at > 0 && at != mailbox.length() - 1;
    }
    return false;
  }

  /** Two addresses lead to the same place when these keys are equal (as {@code resource.duplicate}). */
  private static String addressKey(URI uri) {
    URI normal = uri.normalize();
    String scheme = normal.getScheme() == null ? "" : normal.getScheme().toLowerCase(Locale.ROOT);
    String fragment = normal.getRawFragment() == null ? "" : "#" + normal.getRawFragment();
    if (normal.isOpaque() || normal.getRawAuthority() == null) {
      return scheme + ":" + normal.getRawSchemeSpecificPart() + fragment;
    }
    StringBuilder key = new StringBuilder(scheme).append("://");
    String host = normal.getHost();
    if (host == null) {
      key.append(normal.getRawAuthority());
    } else {
      if (normal.getRawUserInfo() != null) {
        key.append(normal.getRawUserInfo()).append('@');
      }
      key.append(host.toLowerCase(Locale.ROOT));
      int port = normal.getPort();
      boolean defaultPort =
          (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
      if (port != -1 && !defaultPort) {
        key.append(':').append(port);
      }
    }
    String path = normal.getRawPath();
    key.append(path == null || path.isEmpty() ? "/" : path);
    if (normal.getRawQuery() != null) {
      key.append('?').append(normal.getRawQuery());
    }
    return key.append(fragment).toString();
  }

  private static String tipKey(String title) {
    String normal = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(normal.length());
    boolean space = false;
    for (int k = 0; k < normal.length(); ) {
      int cp = normal.codePointAt(k);
      k += Character.charCount(cp);
      if (isWhiteSpace(cp)) {
        space = key.length() > 0;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.appendCodePoint(cp);
      }
    }
    return key.toString();
  }

  private static Violation v(String rule, Severity severity, String path) {
    return Violation.builder().ruleId(rule).severity(severity).path(path).message(rule).build();
  }
}
