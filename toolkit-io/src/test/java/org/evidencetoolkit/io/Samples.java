package org.evidencetoolkit.io;

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
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;

/** Hand-made documents that use every field. */
final class Samples {
  private Samples() {}

  static final Setting ACCIDENT_AND_EMERGENCY =
      Setting.of("accident-and-emergency", "Accident and Emergency departments");

  /** An intervention with every field filled, including non-ASCII text. */
  static Intervention full() {
    return Intervention.builder()
        .id("trauma-informed-training")
        .title("Trauma-informed training and service redesign")
        .summary("Training staff and redesigning services to recognise trauma — and avoid re-traumatising children.")
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE))
        .evidence(EvidenceRating.NOT_RATED)
        .cost(CostRating.NOT_RATED)
        .studyCount(17)
        .addPreventionTypes(PreventionType.PRIMARY, PreventionType.SECONDARY, PreventionType.TERTIARY)
        .addSettings(Setting.COMMUNITY, Setting.CUSTODY, Setting.SCHOOL_AND_COLLEGE)
        .whatIsIt(RichText.of(
            new Paragraph(List.of(
                new Text("Trauma is harm with "),
                new Emphasis(List.of(new Text("lasting"))),
                new Text(" effects on wellbeing."))),
            new BulletList(List.of(
                List.of(new Text("realise the impact of trauma")),
                List.of(new Text("recognise its signs")),
                List.of(new Strong(List.of(new Text("respond"))), new Text(" in policy and practice")),
                List.of(new Text("prevent re-traumatisation"))))))
        .effectiveness(RichText.paragraph("There is not enough research to estimate an effect."))
        .evidenceSecurity(RichText.of(
            Paragraph.of("Very weak. Two systematic reviews were found:"),
            new OrderedList(List.of(
                List.of(new Text("one on schools, with no evaluations;")),
                List.of(new Text("one on child welfare services, with 17 evaluations."))))))
        .costDetails(RichText.paragraph("Costs vary widely with the approach (see *notes*)."))
        .addImplementation(ImplementationTip.of("Ensure the approach is clearly defined",
            RichText.paragraph("Does training say what practitioners should do differently?")))
        .addImplementation(ImplementationTip.of("Ensure children can get specialist support",
            RichText.of(new Paragraph(List.of(
                new Text("See "),
                new Link(URI.create("https://example.org/camhs?a=1&b=(2)"),
                    List.of(new Text("CAMHS guidance"))),
                new Text(" — waiting times are long."))))))
        .topicSummary(RichText.paragraph("Awareness of trauma may support kinder practice; café 🙂."))
        .addResource(Resource.builder().title("Trauma-informed practice briefing")
            .description("A short overview for probation staff.")
            .url(URI.create("https://example.org/briefing")).build())
        .addResource(Resource.of("Adverse childhood experiences: what we know"))
        .addRelated("anti-bullying-programmes")
        .lastUpdated(LocalDate.of(2024, 5, 1))
        .build();
  }

  /** A rated intervention with an estimate and a declared setting. */
  static Intervention rated() {
    return Intervention.builder()
        .id("mentoring")
        .title("Mentoring")
        .summary("Pairs a young person with a trusted adult.")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21.5")))
        .evidence(EvidenceRating.MODERATE)
        .cost(CostRating.VERY_LOW)
        .addPreventionType(PreventionType.SECONDARY)
        .addSettings(Setting.COMMUNITY, ACCIDENT_AND_EMERGENCY)
        .addSectors(Sector.HEALTH, Sector.YOUTH_JUSTICE)
        .whatIsIt(RichText.paragraph("Mentoring pairs a young person with a trusted adult."))
        .build();
  }

  /** A toolkit declaring an extra setting, with both interventions. */
  static Toolkit toolkit() {
    return Toolkit.builder()
        .title("Sample toolkit")
        .addSetting(ACCIDENT_AND_EMERGENCY)
        .addSector(Sector.of("voluntary-sector", "Voluntary sector"))
        .addInterventions(full(), rated())
        .build();
  }

  /** The months-of-progress measure of the invented learning toolkit. */
  static final Measure ATTAINMENT = Measure.builder().id("attainment").outcome("attainment")
      .unit("months").better("+{0} months").worse("−{0} months")
      .none("no change in attainment").build();

  /** A second measure, in percentage points, that one intervention names. */
  static final Measure ATTENDANCE = Measure.builder().id("attendance").outcome("attendance")
      .unit("percentage-points").better("{0} percentage points more attendance")
      .worse("{0} percentage points less attendance").none("no change in attendance").build();

  /**
   * The profile of an invented school-attainment toolkit (SPEC §11's example): months of progress,
   * a scale of its own, a custom section after {@code effectiveness}, renamed labels and a rule
   * turned off.
   */
  static Profile learningProfile() {
    return Profile.builder()
        .name("learning-months")
        .base(Profile.YEF)
        .addMeasures(ATTAINMENT, ATTENDANCE)
        .impactScale(ImpactScale.builder().version("learning-1").highFrom(new BigDecimal("4"))
            .moderateFrom(new BigDecimal("2")).lowFrom(BigDecimal.ONE)
            .harmfulTo(new BigDecimal("-1")).build())
        .sections(List.of("what-is-it", "effectiveness", "behind-the-average", "implementation",
            "cost", "evidence-security", "further-reading"))
        .putLabel("rating.evidence", "Evidence strength")
        .putLabel("section.effectiveness", "How effective is the approach?")
        .putLabel("section.behind-the-average", "Behind the average")
        .rules(RuleSettings.builder().addOff("prevention.present").build())
        .build();
  }

  /** An invented school-attainment toolkit measured in months; its figures mean nothing. */
  static Toolkit learning() {
    Intervention readingCircles = Intervention.builder()
        .id("reading-circles")
        .title("Reading circles")
        .summary("Small groups of pupils read and talk about a book together each week.")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("3")))
        .evidence(EvidenceRating.MODERATE)
        .cost(CostRating.VERY_LOW)
        .addSettings(Setting.SCHOOL_AND_COLLEGE)
        .whatIsIt(RichText.paragraph("Pupils meet in groups of four to six to read a shared book."))
        .effectiveness(RichText.paragraph("In this invented example pupils gain about three months."))
        .evidenceSecurity(RichText.paragraph("Moderate: a handful of invented trials."))
        .putSection("behind-the-average", RichText.of(
            new Paragraph(List.of(new Text("Gains were "),
                new Emphasis(List.of(new Text("larger"))),
                new Text(" for younger pupils.")))))
        .addImplementation(ImplementationTip.of("Choose books pupils can finish",
            RichText.paragraph("Short books keep every group together.")))
        .build();
    Intervention breakfastClubs = Intervention.builder()
        .id("breakfast-clubs")
        .title("Breakfast clubs")
        .summary("A free breakfast before school starts.")
        .impact(ImpactRating.of(ImpactBand.LOW, new BigDecimal("1.5"), "attendance"))
        .evidence(EvidenceRating.LOW)
        .cost(CostRating.LOW)
        .addSettings(Setting.SCHOOL_AND_COLLEGE)
        .whatIsIt(RichText.paragraph("Schools open early and serve breakfast to any pupil."))
        .effectiveness(RichText.paragraph("Attendance rose slightly in this invented example."))
        .evidenceSecurity(RichText.paragraph("Limited: two invented studies."))
        .addResource(Resource.builder().title("An invented evaluation")
            .url(URI.create("https://example.org/breakfast")).build())
        .build();
    Intervention setting = Intervention.builder()
        .id("setting-by-attainment")
        .title("Setting by attainment")
        .summary("Grouping pupils into classes by prior attainment.")
        .impact(ImpactRating.of(ImpactBand.HARMFUL, new BigDecimal("-1"), "attainment"))
        .evidence(EvidenceRating.MODERATE)
        .cost(CostRating.VERY_LOW)
        .addSettings(Setting.SCHOOL_AND_COLLEGE)
        .whatIsIt(RichText.paragraph("Pupils are taught in classes grouped by prior attainment."))
        .effectiveness(RichText.paragraph("Lower groups fell behind in this invented example."))
        .evidenceSecurity(RichText.paragraph("Moderate: several invented studies agree."))
        .build();
    return Toolkit.builder()
        .title("Example Learning Toolkit (fictional)")
        .about(RichText.paragraph(
            "An illustrative toolkit for this library's tests; its figures are invented."))
        .source(Resource.builder().title("Where the real figures are published")
            .url(URI.create("https://example.org/toolkit")).build())
        .profile(learningProfile())
        .addInterventions(readingCircles, breakfastClubs, setting)
        .build();
  }
}
