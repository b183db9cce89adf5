package org.evidencetoolkit.testing;

import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.testing.internal.DocumentText;
import org.quicktheories.core.Gen;

/**
 * A generated profile with an intervention generated under it, as a single intervention read with
 * {@code --profile FILE} is: the profile travels separately from the document.
 */
record UnderProfile(Profile profile, Intervention intervention) {
  /** Profiles from {@link Generators#profiles()}, each with an intervention valid under it. */
  static Gen<UnderProfile> generated() {
    return Generators.profiles()
        .flatMap(p -> Generators.interventions(p).map(i -> new UnderProfile(p, i)))
        .describedAs(UnderProfile::toString);
  }

  /** Both documents, for failure reports. */
  @Override
  public String toString() {
    return "profile document:\n"
        + DocumentText.of(profile)
        + "\nintervention document:\n"
        + DocumentText.of(intervention);
  }
}
