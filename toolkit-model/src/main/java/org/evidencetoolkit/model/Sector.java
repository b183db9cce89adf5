package org.evidencetoolkit.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Who delivers an approach: an open vocabulary entry with a stable kebab-case {@link #code()} and a
 * reader-facing {@link #label()}. As with {@link Setting}, a sector is its code; the label is not
 * part of equality.
 */
@Value.Immutable
public interface Sector {
  /** Schools, colleges and other education providers. */
  Sector EDUCATION = of("education", "Education");

  /** Health services. */
  Sector HEALTH = of("health", "Health");

  /** The police. */
  Sector POLICING = of("policing", "Policing");

  /** Youth offending teams, courts and custody. */
  Sector YOUTH_JUSTICE = of("youth-justice", "Youth justice");

  /** Children's social care. */
  Sector CHILDRENS_SOCIAL_CARE = of("childrens-social-care", "Children's social care");

  /** The stable identifier, kebab-case by convention (e.g. {@code youth-justice}). */
  @Value.Parameter
  String code();

  /** The name shown to readers; not part of equality. */
  @Value.Parameter
  @Value.Auxiliary
  String label();

  /** A sector with the given code and label. */
  static Sector of(String code, String label) {
    return ImmutableSector.of(code, label);
  }

  /** The sectors every toolkit knows. */
  static List<Sector> builtIns() {
    return List.of(EDUCATION, HEALTH, POLICING, YOUTH_JUSTICE, CHILDRENS_SOCIAL_CARE);
  }
}
