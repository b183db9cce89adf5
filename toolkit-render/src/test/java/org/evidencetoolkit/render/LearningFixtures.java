package org.evidencetoolkit.render;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;

/**
 * An invented school-attainment toolkit under a profile of its own (SPEC §11): impact in months of
 * additional progress, a scale of its own, "Evidence strength" for "Evidence quality", a custom
 * section "Behind the average" after "effectiveness", an about and a source. Every name and figure
 * is made up; it exists to show that nothing of YEF's leaks into another toolkit's pages.
 */
final class LearningFixtures {
  private LearningFixtures() {}

  static final Measure MONTHS =
      Measure.builder()
          .id("attainment")
          .outcome("attainment")
          .unit("months")
          .better("+{0} months")
          .worse("−{0} months")
          .none("no change in attainment")
          .build();

  static Profile profile() {
    return Profile.builder()
        .name("learning-months")
        .base(Profile.YEF)
        .language("en")
        .addMeasure(MONTHS)
        .impactScale(
            ImpactScale.builder()
                .version("learning-1")
                .highFrom(new BigDecimal("4"))
                .moderateFrom(new BigDecimal("2"))
                .lowFrom(new BigDecimal("1"))
                .harmfulTo(new BigDecimal("-1"))
                .build())
        .addSections(
            "what-is-it", "effectiveness", "behind-the-average", "implementation", "cost",
            "evidence-security", "further-reading")
        .putLabel("rating.evidence", "Evidence strength")
        .putLabel("section.effectiveness", "How effective is the approach?")
        .putLabel("section.behind-the-average", "Behind the average")
        .build();
  }

  /** Every part a page can show under this profile, the custom section included. */
  static Intervention readingCircles() {
    return Intervention.builder()
        .id("reading-circles")
        .title("Reading circles")
        .summary("Small groups of pupils read one book together and talk about it with a teacher.")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3")))
        .evidence(EvidenceRating.MODERATE)
        .cost(CostRating.VERY_LOW)
        .studyCount(9)
        .addSettings(Setting.SCHOOL_AND_COLLEGE)
        .whatIsIt(
            RichText.paragraph(
                "A teacher meets four to six pupils each week to read a shared book aloud and discuss it."))
        .effectiveness(
            RichText.paragraph(
                "In this invented record pupils made about three months of additional progress in a year."))
        .putSection(
            "behind-the-average",
            RichText.of(
                Paragraph.of("Gains were larger for younger pupils."),
                new Paragraph(
                    List.of(
                        new Text("See "),
                        new Link(URI.create("https://example.org/reading-circles/breakdown"), List.of(new Text("the breakdown"))),
                        new Text(" by age.")))))
        .addImplementation(
            ImplementationTip.of(
                "Keep groups small", RichText.paragraph("Groups of more than six leave quieter pupils out.")))
        .costDetails(RichText.paragraph("Mostly the time of a teacher or teaching assistant."))
        .evidenceSecurity(RichText.paragraph("Nine invented studies, most of them small."))
        .addResources(
            Resource.builder()
                .title("A guide to reading circles")
                .url(URI.create("https://example.org/reading-circles/guide"))
                .build())
        // The second id is in no toolkit: it must not show.
        .addRelated("summer-schools", "no-such-approach")
        .lastUpdated(LocalDate.of(2024, 9, 2))
        .build();
  }

  static Intervention summerSchools() {
    return headline("summer-schools", "Summer schools", ImpactBand.HIGH, "4", EvidenceRating.LOW, CostRating.HIGH);
  }

  static Intervention homeworkClubs() {
    return headline("homework-clubs", "Homework clubs", ImpactBand.LOW, "1.5", EvidenceRating.VERY_LOW, CostRating.LOW);
  }

  static Intervention setting() {
    return headline("setting-by-ability", "Setting by ability", ImpactBand.NO_EFFECT, "0", EvidenceRating.MODERATE, CostRating.VERY_LOW);
  }

  static Intervention repeatingAYear() {
    return headline("repeating-a-year", "Repeating a year", ImpactBand.HARMFUL, "-3", EvidenceRating.LOW, CostRating.VERY_HIGH);
  }

  static Intervention uniforms() {
    return Intervention.builder()
        .id("school-uniforms")
        .title("School uniforms")
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE))
        .build();
  }

  static Toolkit toolkit() {
    return Toolkit.builder()
        .title("Example Learning Toolkit (fictional)")
        .profile(profile())
        .about(
            RichText.of(
                Paragraph.of("An illustrative toolkit for this library's tests; its figures are invented."),
                Paragraph.of("Impact is given in months of additional progress over a school year.")))
        .source(
            Resource.builder()
                .title("Where the real figures are published")
                .url(URI.create("https://example.org/toolkit"))
                .build())
        .addInterventions(readingCircles(), summerSchools(), homeworkClubs(), setting(), repeatingAYear(), uniforms())
        .build();
  }

  static List<Intervention> comparison() {
    return List.of(readingCircles(), summerSchools(), repeatingAYear());
  }

  private static Intervention headline(
      String id, String title, ImpactBand band, String estimate, EvidenceRating evidence, CostRating cost) {
    return Intervention.builder()
        .id(id)
        .title(title)
        .impact(ImpactRating.of(band, new BigDecimal(estimate)))
        .evidence(evidence)
        .cost(cost)
        .addSettings(Setting.SCHOOL_AND_COLLEGE)
        .build();
  }
}
