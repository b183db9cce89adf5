package org.evidencetoolkit.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * Where an approach is delivered: an open vocabulary entry with a stable kebab-case {@link #code()}
 * and a reader-facing {@link #label()}.
 *
 * <p>A setting <em>is</em> its code: two settings with the same code are equal whatever their
 * labels, because the label is presentation that a toolkit may phrase differently. A toolkit
 * declares settings beyond the {@linkplain #builtIns() built-in ones}; the {@code setting.known}
 * content rule reports codes that nobody declared.
 *
 * <pre>{@code
 * Setting ae = Setting.of("accident-and-emergency", "Accident and Emergency departments");
 * }</pre>
 */
@Value.Immutable
public interface Setting {
  /** Delivered in the community. */
  Setting COMMUNITY = of("community", "Community");

  /** Delivered in custody. */
  Setting CUSTODY = of("custody", "Custody");

  /** Delivered in schools and colleges. */
  Setting SCHOOL_AND_COLLEGE = of("school-and-college", "School and college");

  /** The stable identifier, kebab-case by convention (e.g. {@code school-and-college}). */
  @Value.Parameter
  String code();

  /** The name shown to readers; not part of equality. */
  @Value.Parameter
  @Value.Auxiliary
  String label();

  /** A setting with the given code and label. */
  static Setting of(String code, String label) {
    return ImmutableSetting.of(code, label);
  }

  /** The settings every toolkit knows: community, custody, school and college. */
  static List<Setting> builtIns() {
    return List.of(COMMUNITY, CUSTODY, SCHOOL_AND_COLLEGE);
  }
}
