package org.evidencetoolkit.benchmarks.baseline;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Slugs;

/**
 * The words of the shipped English labels bundle, read once into constants, as a template
 * model built by hand would hard-code them. Only what the corpus needs (built-in settings and sectors).
 */
final class Words {
  static final Words ENGLISH = new Words(ResourceBundle.getBundle("org.evidencetoolkit.render.labels", Locale.ROOT));

  private final ResourceBundle bundle;
  private final Map<ImpactBand, String> bands = new EnumMap<>(ImpactBand.class);
  private final Map<EvidenceRating, String> evidence = new EnumMap<>(EvidenceRating.class);
  private final Map<CostRating, String> cost = new EnumMap<>(CostRating.class);
  private final Map<PreventionType, String> prevention = new EnumMap<>(PreventionType.class);
  final String untitled;
  final String separator;
  final String costNotRated;
  final String impact;
  final String evidenceQuality;
  final String costLabel;
  final String preventionLabel;
  final String setting;
  final String sector;
  final String studies;
  final String whatIsIt;
  final String effectiveness;
  final String evidenceSecurity;
  final String implementation;
  final String costSection;
  final String topicSummary;
  final String furtherReading;
  final String references;
  final String lessViolence;
  final String moreViolence;
  final String noChange;
  final String lastUpdated;
  final String headline;
  final String notGiven;
  final String related;
  final String language;
  private final DateTimeFormatter dates;

  private Words(ResourceBundle bundle) {
    this.bundle = bundle;
    for (ImpactBand band : ImpactBand.values()) {
      bands.put(band, text("band." + Slugs.kebab(band)));
    }
    for (EvidenceRating r : EvidenceRating.values()) {
      evidence.put(r, r.isRated() ? text("level." + r.level().getAsInt()) : text("level.not-rated"));
    }
    for (CostRating r : CostRating.values()) {
      cost.put(r, r.isRated() ? text("level." + r.level().getAsInt()) : text("level.not-rated"));
    }
    for (PreventionType t : PreventionType.values()) {
      prevention.put(t, text("prevention." + Slugs.kebab(t)));
    }
    untitled = text("untitled");
    separator = text("list.separator");
    costNotRated = text("cost.not-rated");
    impact = text("rating.impact");
    evidenceQuality = text("rating.evidence");
    costLabel = text("rating.cost");
    preventionLabel = text("rating.prevention");
    setting = text("rating.setting");
    sector = text("rating.sector");
    studies = text("rating.studies");
    whatIsIt = text("section.what-is-it");
    effectiveness = text("section.effectiveness");
    evidenceSecurity = text("section.evidence-security");
    implementation = text("section.implementation");
    costSection = text("section.cost");
    topicSummary = text("section.topic-summary");
    furtherReading = text("section.further-reading");
    references = text("references");
    // Estimates are worded by the default profile's default measure, not by a label.
    Measure violence = Profile.yef().defaultMeasure();
    lessViolence = violence.better();
    moreViolence = violence.worse();
    noChange = violence.none();
    lastUpdated = text("last-updated");
    headline = text("rating.headline");
    notGiven = text("not-given");
    related = text("related");
    language = text("language");
    dates = DateTimeFormatter.ofPattern(text("date.pattern"), Locale.forLanguageTag(language));
  }

  String band(ImpactBand band) {
    return Objects.requireNonNull(bands.get(band));
  }

  String evidence(EvidenceRating rating) {
    return Objects.requireNonNull(evidence.get(rating));
  }

  String cost(CostRating rating) {
    return Objects.requireNonNull(cost.get(rating));
  }

  String prevention(PreventionType type) {
    return Objects.requireNonNull(prevention.get(type));
  }

  /** A label by key. */
  String text(String key) {
    return bundle.getString(key);
  }

  /** The label of a setting or sector code, or the declared label. */
  String vocabulary(String prefix, String code, String declared) {
    return bundle.containsKey(prefix + code) ? bundle.getString(prefix + code) : declared;
  }

  String date(LocalDate date) {
    return dates.format(date);
  }

  String studies(int count) {
    return text(count == 1 ? "studies.one" : "studies.other").replace("{0}", Integer.toString(count));
  }
}
