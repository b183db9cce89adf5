package org.evidencetoolkit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys of the labels that readers see (SPEC §4). They are part of the format, because a {@link
 * Profile} may override any of them, so they live here where {@code toolkit-io} can check a
 * profile's keys. {@code toolkit-render}'s shipped English bundle and the site's bundle together
 * have exactly these keys (tests hold them together).
 *
 * <p>Besides the {@linkplain #builtIn() built-in keys}, a key is known when it is {@code
 * section.<id>} for a section the profile lists, or {@code setting.<code>} or {@code
 * sector.<code>} for any kebab-case code (a toolkit's vocabularies are open).
 */
public final class LabelKeys {
  private static final Set<String> BUILT_IN =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  "language",
                  "date.pattern",
                  "untitled",
                  "not-given",
                  "list.separator",
                  "band.harmful",
                  "band.no-effect",
                  "band.insufficient-evidence",
                  "band.low",
                  "band.moderate",
                  "band.high",
                  "level.1",
                  "level.2",
                  "level.3",
                  "level.4",
                  "level.5",
                  "level.not-rated",
                  "cost.not-rated",
                  "gauge.score",
                  "impact.with-estimate",
                  "rating.impact",
                  "rating.evidence",
                  "rating.cost",
                  "rating.prevention",
                  "rating.setting",
                  "rating.sector",
                  "rating.studies",
                  "rating.headline",
                  "headline-only",
                  "headline-only.short",
                  "studies.one",
                  "studies.other",
                  "prevention.primary",
                  "prevention.secondary",
                  "prevention.tertiary",
                  "setting.community",
                  "setting.custody",
                  "setting.school-and-college",
                  "sector.education",
                  "sector.health",
                  "sector.policing",
                  "sector.youth-justice",
                  "sector.childrens-social-care",
                  "section.what-is-it",
                  "section.effectiveness",
                  "section.evidence-security",
                  "section.implementation",
                  "section.cost",
                  "section.topic-summary",
                  "section.further-reading",
                  "last-updated",
                  "source",
                  "references",
                  "related",
                  "index.approach",
                  "index.empty",
                  "comparison.title",
                  "comparison.attribute",
                  "comparison.summary",
                  "comparison.entry",
                  "markdown.rating",
                  "changes.title",
                  "changes.none",
                  "changes.toolkit",
                  "changes.entry.separator",
                  "changes.separator",
                  "changes.raised",
                  "changes.lowered",
                  "changes.changed",
                  "changes.set",
                  "changes.cleared",
                  "changes.added",
                  "changes.removed",
                  "changes.edited",
                  "changes.text",
                  "changes.text.added",
                  "changes.text.removed",
                  "changes.quote",
                  "changes.intervention.added",
                  "changes.intervention.removed",
                  "changes.headline-only.on",
                  "changes.headline-only.off",
                  "changes.field.id",
                  "changes.field.title",
                  "changes.field.summary",
                  "changes.field.impact",
                  "changes.field.evidence",
                  "changes.field.cost",
                  "changes.field.studies",
                  "changes.field.prevention",
                  "changes.field.setting",
                  "changes.field.sector",
                  "changes.field.tip",
                  "changes.field.tip-body",
                  "changes.field.resource",
                  "changes.field.related",
                  "changes.field.last-updated",
                  "changes.field.about",
                  "changes.field.source",
                  "changes.field.profile",
                  "site.skip",
                  "site.nav",
                  "site.nav.index",
                  "site.nav.compare",
                  "site.nav.changes",
                  "site.intro.one",
                  "site.intro.other",
                  "site.filters",
                  "site.filter.any",
                  "site.filter.prevention",
                  "site.filter.setting",
                  "site.filter.sector",
                  "site.filter.band",
                  "site.filter.min-evidence",
                  "site.filter.max-cost",
                  "site.filter.level",
                  "site.filter.sort",
                  "site.filter.reset",
                  "site.sort.toolkit",
                  "site.sort.impact",
                  "site.sort.evidence",
                  "site.sort.cost",
                  "site.sort.title",
                  "site.count",
                  "site.no-match",
                  "site.compare.title",
                  "site.compare.intro",
                  "site.compare.empty",
                  "site.changes.intro",
                  "site.updated",
                  "site.updated.on",
                  "site.footer")));

  private LabelKeys() {}

  /** Every key of the shipped English labels, in the bundle's order. */
  public static Set<String> builtIn() {
    return BUILT_IN;
  }

  /**
   * Whether a profile with these section ids may set a label with this key: a built-in key, {@code
   * section.<id>} for a listed section, or {@code setting.<code>} / {@code sector.<code>}.
   */
  public static boolean isKnown(String key, Collection<String> sectionIds) {
    if (BUILT_IN.contains(key)) {
      return true;
    }
    for (String prefix : List.of("setting.", "sector.")) {
      if (key.startsWith(prefix) && Slugs.isSlug(key.substring(prefix.length()))) {
        return true;
      }
    }
    return key.startsWith("section.") && sectionIds.contains(key.substring("section.".length()));
  }

  /** The keys a profile with these section ids may set, for "did you mean" hints. */
  public static List<String> candidates(Collection<String> sectionIds) {
    List<String> keys = new ArrayList<>(BUILT_IN);
    for (String id : sectionIds) {
      keys.add(Section.labelKey(id));
    }
    return keys;
  }
}
