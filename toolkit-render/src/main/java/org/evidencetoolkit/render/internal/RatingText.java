package org.evidencetoolkit.render.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.render.Labels;

/** The words and gauge sizes of ratings, shared by every output format. */
public final class RatingText {
  /** Pips in the impact gauge. */
  public static final int IMPACT_PIPS = 3;

  /** Pips in the evidence and cost gauges. */
  public static final int LEVEL_PIPS = 5;

  private RatingText() {}

  /** "Moderate impact (21% less violence)". */
  public static String impact(Labels labels, ImpactRating rating) {
    String band = labels.band(rating.band());
    if (rating.estimate().isEmpty()) {
      return band;
    }
    return labels.format("impact.with-estimate", band, estimate(labels, rating.estimate().get()));
  }

  /** "21% less violence", "4% more violence", "no change in violence". */
  public static String estimate(Labels labels, BigDecimal estimate) {
    int sign = estimate.signum();
    String number = estimate.abs().toPlainString();
    if (sign > 0) {
      return labels.format("impact.estimate.less", number);
    }
    if (sign < 0) {
      return labels.format("impact.estimate.more", number);
    }
    return labels.text("impact.estimate.none");
  }

  /**
   * Filled pips of the impact gauge: high 3, moderate 2, low 1, no effect 0; empty for harmful
   * and insufficient evidence, which show no gauge.
   */
  public static OptionalInt impactPips(ImpactBand band) {
    return switch (band) {
      case HIGH -> OptionalInt.of(3);
      case MODERATE -> OptionalInt.of(2);
      case LOW -> OptionalInt.of(1);
      case NO_EFFECT -> OptionalInt.of(0);
      case HARMFUL, INSUFFICIENT_EVIDENCE -> OptionalInt.empty();
    };
  }

  /** "3/5 Moderate" or "Not rated". */
  public static String evidence(Labels labels, EvidenceRating rating) {
    if (!rating.isRated()) {
      return labels.evidence(rating);
    }
    return labels.format("gauge.score", rating.level().getAsInt(), LEVEL_PIPS)
        + " "
        + labels.evidence(rating);
  }

  /** "2/5 Low" or "? Not rated". */
  public static String cost(Labels labels, CostRating rating) {
    if (!rating.isRated()) {
      return labels.text("cost.not-rated") + " " + labels.cost(rating);
    }
    return labels.format("gauge.score", rating.level().getAsInt(), LEVEL_PIPS)
        + " "
        + labels.cost(rating);
  }

  /** "Primary, Secondary", or empty. */
  public static String preventionTypes(Labels labels, List<PreventionType> types) {
    List<String> names = new ArrayList<>();
    types.forEach(t -> names.add(labels.preventionType(t)));
    return String.join(labels.text("list.separator"), names);
  }

  /** "Community, Custody", or empty. */
  public static String settings(Labels labels, List<Setting> settings) {
    List<String> names = new ArrayList<>();
    settings.forEach(s -> addName(names, labels.setting(s), s.code()));
    return String.join(labels.text("list.separator"), names);
  }

  /** "Education, Health", or empty. */
  public static String sectors(Labels labels, List<Sector> sectors) {
    List<String> names = new ArrayList<>();
    sectors.forEach(s -> addName(names, labels.sector(s), s.code()));
    return String.join(labels.text("list.separator"), names);
  }

  /** A vocabulary entry by its label, or by its code when the label is blank, or not at all. */
  private static void addName(List<String> names, String label, String code) {
    if (!isInvisible(label)) {
      names.add(label);
    } else if (!isInvisible(code)) {
      names.add(code);
    }
  }

  /**
   * Whether text shows nothing a reader can see: only white space (including no-break spaces),
   * control and format characters.
   */
  public static boolean isInvisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!(Character.isWhitespace(cp)
          || Character.isSpaceChar(cp)
          || Character.isISOControl(cp)
          || Character.getType(cp) == Character.FORMAT)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The title, or the "untitled" label when it is blank. */
  public static String title(Labels labels, Intervention intervention) {
    return isInvisible(intervention.title()) ? labels.text("untitled") : intervention.title();
  }
}
