package org.evidencetoolkit.model;

import java.util.List;

/**
 * Holds {@link Profile#yef()} and its parts, built once. Package-private and top-level for the
 * same reason as {@link DefaultImpactScale}: a class nested in an interface would be public.
 */
final class DefaultProfile {
  static final String LANGUAGE = "en-GB";

  static final List<Measure> MEASURES =
      List.of(
          percent("violence"),
          percent("crime"));

  static final List<String> SECTIONS = Profile.builtInSectionIds();

  static final Profile YEF = Profile.builder().name(Profile.YEF).build();

  private DefaultProfile() {}

  private static Measure percent(String outcome) {
    return Measure.builder()
        .id(outcome)
        .outcome(outcome)
        .unit("percent")
        .better("{0}% less " + outcome)
        .worse("{0}% more " + outcome)
        .none("no change in " + outcome)
        .build();
  }
}
