package org.evidencetoolkit.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.SortKey;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values as the document format spells them: kebab-case words ({@code
 * insufficient-evidence}), and rating levels as a number 1–5 or its word ({@code 3} or {@code
 * moderate}). Each converter's message lists what would have been accepted.
 */
final class Converters {
  private Converters() {}

  static <E extends Enum<E>> String choices(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Slugs::kebab).toList());
  }

  /** Converts kebab-case words (any case) to constants of one enum. */
  abstract static class KebabEnum<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {
    private final Class<E> type;
    private final String what;

    KebabEnum(Class<E> type, String what) {
      this.type = type;
      this.what = what;
    }

    @Override
    public E convert(String value) {
      String wanted = value.trim().toLowerCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (Slugs.kebab(constant).equals(wanted)) {
          return constant;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not " + what + "; use one of: " + choices(type));
    }

    /** The accepted words, for help and shell completion. */
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(type.getEnumConstants()).map(Slugs::kebab).iterator();
    }
  }

  static final class Band extends KebabEnum<ImpactBand> {
    Band() {
      super(ImpactBand.class, "an impact band");
    }
  }

  static final class Prevention extends KebabEnum<PreventionType> {
    Prevention() {
      super(PreventionType.class, "a prevention type");
    }
  }

  static final class Sort extends KebabEnum<SortKey> {
    Sort() {
      super(SortKey.class, "a sort key");
    }
  }

  static final class Colour extends KebabEnum<Terminal.ColourChoice> {
    Colour() {
      super(Terminal.ColourChoice.class, "a colour choice");
    }
  }

  /** The level words shared by evidence and cost, in level order 1–5. */
  private static final List<String> LEVEL_WORDS =
      List.of("very-low", "low", "moderate", "high", "very-high");

  static int level(String value, String what) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    int index = LEVEL_WORDS.indexOf(v);
    if (index >= 0) {
      return index + 1;
    }
    if (v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '5') {
      return v.charAt(0) - '0';
    }
    throw new TypeConversionException(
        "'" + value + "' is not " + what + " level; use 1-5 or one of: "
            + String.join(", ", LEVEL_WORDS));
  }

  static final class Evidence implements ITypeConverter<EvidenceRating>, Iterable<String> {
    @Override
    public EvidenceRating convert(String value) {
      return EvidenceRating.ofLevel(level(value, "an evidence"));
    }

    @Override
    public Iterator<String> iterator() {
      return LEVEL_WORDS.iterator();
    }
  }

  static final class Cost implements ITypeConverter<CostRating>, Iterable<String> {
    @Override
    public CostRating convert(String value) {
      return CostRating.ofLevel(level(value, "a cost"));
    }

    @Override
    public Iterator<String> iterator() {
      return LEVEL_WORDS.iterator();
    }
  }

  /**
   * An output path ({@code --out}): anything but empty. An empty path would mean the current
   * folder, which no one names on purpose, so it is a usage error rather than a surprise.
   */
  static final class OutPath implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("--out needs a path; it was empty");
      }
      return Path.of(value);
    }
  }
}
