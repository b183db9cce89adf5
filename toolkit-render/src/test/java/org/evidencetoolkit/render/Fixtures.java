package org.evidencetoolkit.render;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;

/** Documents the golden files and examples are made from. The content is illustrative only. */
final class Fixtures {
  private Fixtures() {}

  /** Every field filled, with links, lists, emphasis and an estimate. */
  static Intervention full() {
    return Intervention.builder()
        .id("example-mentoring")
        .title("Example mentoring scheme")
        .summary("An illustrative approach that pairs a young person with a trusted adult who meets them regularly.")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
        .evidence(EvidenceRating.MODERATE)
        .cost(CostRating.LOW)
        .studyCount(12)
        .addPreventionTypes(PreventionType.PRIMARY, PreventionType.SECONDARY)
        .addSettings(Setting.COMMUNITY, Setting.SCHOOL_AND_COLLEGE)
        .addSectors(Sector.EDUCATION, Sector.CHILDRENS_SOCIAL_CARE)
        .whatIsIt(
            RichText.of(
                new Paragraph(
                    List.of(
                        new Text("A mentor is an adult who offers "),
                        new Emphasis(List.of(new Text("time"))),
                        new Text(", "),
                        new Strong(List.of(new Text("attention"))),
                        new Text(" and advice. This example exists to exercise every part of a renderer, including "),
                        new Link(URI.create("https://example.org/mentoring?a=1&b=2"), List.of(new Text("a link"))),
                        new Text(" & an ampersand."))),
                new BulletList(
                    List.of(
                        List.<Inline>of(new Text("weekly meetings")),
                        List.<Inline>of(new Text("shared activities such as sport or music")),
                        List.<Inline>of(new Text("help with school work")))),
                new OrderedList(
                    List.of(
                        List.<Inline>of(new Text("match a mentor")),
                        List.<Inline>of(new Text("meet for at least a year"))))))
        .effectiveness(
            RichText.of(
                Paragraph.of(
                    "In this illustrative record the estimate is 21% less violence, which falls in the moderate band."),
                new Paragraph(
                    List.of(
                        new Text("Ask "),
                        new Link(URI.create("mailto:team@example.org"), List.of(new Text("the team"))),
                        new Text(" for the underlying studies.")))))
        .evidenceSecurity(RichText.paragraph("The evidence rating here is moderate: 3 out of 5."))
        .addImplementation(
            ImplementationTip.of(
                "Choose mentors carefully",
                RichText.paragraph("Check that mentors can commit to regular meetings.")),
            ImplementationTip.of(
                "Plan the ending",
                RichText.of(
                    Paragraph.of("Endings matter:"),
                    new BulletList(
                        List.of(
                            List.<Inline>of(new Text("say goodbye in person")),
                            List.<Inline>of(new Text("offer a next step")))))))
        .costDetails(RichText.paragraph("Costs are mostly staff time for recruiting and supporting mentors."))
        .topicSummary(RichText.paragraph("Mentoring is a relationship; its quality decides what it achieves."))
        .addResources(
            Resource.builder()
                .title("A guide to mentoring")
                .description("An overview for practitioners.")
                .url(URI.create("https://example.org/guide"))
                .build(),
            Resource.of("A printed briefing with no address"),
            Resource.builder()
                .title("Refused address")
                .description("Its javascript: address must never become a link.")
                .url(URI.create("javascript:alert(1)"))
                .build())
        .addRelated("focused-deterrence")
        .lastUpdated(LocalDate.of(2024, 3, 1))
        .build();
  }

  /** Only what the format requires, marked as giving only its headline. */
  static Intervention minimal() {
    return Intervention.builder()
        .id("example-minimal")
        .title("Example with only a headline")
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE))
        .headlineOnly(true)
        .build();
  }

  /** A toolkit with one intervention per band. */
  static Toolkit toolkit() {
    return Toolkit.builder()
        .title("Example toolkit")
        .addInterventions(full(), minimal())
        .addIntervention(headline("focused-deterrence", "Focused deterrence", ImpactBand.HIGH, "33"))
        .addIntervention(headline("adventure-therapy", "Adventure and wilderness therapy", ImpactBand.LOW, ""))
        .addIntervention(headline("example-no-effect", "Example with no effect", ImpactBand.NO_EFFECT, "0"))
        .addIntervention(headline("prison-awareness", "Prison awareness programmes", ImpactBand.HARMFUL, ""))
        .build();
  }

  /** Several interventions to compare. */
  static List<Intervention> comparison() {
    return List.of(full(), minimal(), headline("focused-deterrence", "Focused deterrence", ImpactBand.HIGH, "33"));
  }

  static Intervention headline(String id, String title, ImpactBand band, String estimate) {
    return Intervention.builder()
        .id(id)
        .title(title)
        .impact(estimate.isEmpty() ? ImpactRating.of(band) : ImpactRating.of(band, new BigDecimal(estimate)))
        .addPreventionType(PreventionType.SECONDARY)
        .addSetting(Setting.COMMUNITY)
        .build();
  }
}
