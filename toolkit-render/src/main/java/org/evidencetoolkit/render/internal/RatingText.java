package org.evidencetoolkit.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.render.labels.Labels;

/** The words and gauge sizes of ratings, shared by every output format. */
public final class RatingText {
  /** Pips in the impact gauge. */
  public static final int IMPACT_PIPS = 3;

  /** Pips in the evidence and cost gauges. */
  public static final int LEVEL_PIPS = 5;

  private RatingText() {}

  /**
   * "Moderate impact (21% less violence)": the band, and the estimate in the words of its measure
   * ({@link Labels#impact}, the one home of this wording).
   */
  public static String impact(Labels labels, Profile profile, ImpactRating rating) {
    return labels.impact(rating, profile);
  }

  /**
   * "Source: A guide to the toolkit" as inlines, the title a {@link Link} when the source has an
   * address (each format then links it under its own link policy), from the label {@code
   * source}.
   */
  public static List<Inline> source(Labels labels, Resource source) {
    String pattern = labels.text("source");
    List<Inline> title = List.of(new Text(source.title()));
    Inline titled = source.url().isPresent() ? new Link(source.url().get(), title) : new Text(source.title());
    int slot = pattern.indexOf("{0}");
    if (slot < 0) {
      return List.of(new Text(pattern + " "), titled);
    }
    List<Inline> inlines = new ArrayList<>(3);
    if (slot > 0) {
      inlines.add(new Text(pattern.substring(0, slot)));
    }
    inlines.add(titled);
    if (slot + 3 < pattern.length()) {
      inlines.add(new Text(pattern.substring(slot + 3)));
    }
    return List.copyOf(inlines);
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
    // A loop rather than a stream: every page asks this of its title, usually answered by the
    // first character.
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

  /**
   * What "Related approaches" lists, in order: with a toolkit, the titles of the related ids it
   * holds (an id it lacks, or the intervention's own, is left out, so nothing points nowhere);
   * without one, the ids as they are.
   */
  public static List<String> related(Labels labels, Intervention intervention, Optional<Toolkit> toolkit) {
    List<String> shown = new ArrayList<>();
    for (String id : intervention.related()) {
      if (toolkit.isEmpty()) {
        shown.add(id);
      } else {
        toolkit.get().find(id)
            .filter(other -> !other.id().equals(intervention.id()))
            .ifPresent(other -> shown.add(title(labels, other)));
      }
    }
    return shown;
  }

  /** The title, or the "untitled" label when it is blank. */
  public static String title(Labels labels, Intervention intervention) {
    return isInvisible(intervention.title()) ? labels.text("untitled") : intervention.title();
  }
}
