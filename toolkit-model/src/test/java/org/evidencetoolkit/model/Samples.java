package org.evidencetoolkit.model;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;

/** Hand-written content for example tests: a clean intervention to break one rule at a time. */
public final class Samples {
  private Samples() {}

  /** An intervention with no violation of any default rule. */
  public static Intervention clean() {
    return Intervention.builder()
        .id("mentoring")
        .title("Mentoring")
        .summary("Pairing a young person with a trusted adult who offers support and guidance.")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("21")))
        .evidence(EvidenceRating.MODERATE)
        .cost(CostRating.LOW)
        .studyCount(21)
        .addPreventionType(PreventionType.SECONDARY)
        .addSetting(Setting.COMMUNITY)
        .addSetting(Setting.SCHOOL_AND_COLLEGE)
        .addSector(Sector.YOUTH_JUSTICE)
        .whatIsIt(
            RichText.of(
                new Paragraph(
                    List.of(
                        new Text("A mentor meets a young person "),
                        new Emphasis(List.of(new Text("regularly"))),
                        new Text(" over months.")))))
        .effectiveness(
            RichText.of(
                new Paragraph(
                    List.of(
                        new Text("On average it reduces violence; see the "),
                        new Link(URI.create("https://example.org/review"), List.of(new Text("review"))),
                        new Text(".")))))
        .evidenceSecurity(RichText.paragraph("The evidence is moderately secure."))
        .costDetails(RichText.paragraph("Costs are low: mentors are often volunteers."))
        .addImplementation(
            ImplementationTip.of("Match mentors with care", RichText.paragraph("Shared interests help.")))
        .addImplementation(
            ImplementationTip.of(
                "Keep relationships going",
                RichText.of(
                    new BulletList(
                        List.of(
                            List.of(new Text("Meet at least weekly.")),
                            List.of(
                                new Text("Write to "),
                                new Link(
                                    URI.create("mailto:team@example.org"),
                                    List.of(new Text("the team")))))))))
        .topicSummary(RichText.paragraph("Mentoring works best when it lasts."))
        .addResource(
            Resource.builder()
                .title("A review of mentoring")
                .description("What the studies found.")
                .url(URI.create("https://example.org/review"))
                .build())
        .addResource(Resource.of("A briefing without an address"))
        .lastUpdated(LocalDate.of(2024, 5, 1))
        .build();
  }

  /** {@link #clean()} with another id and title, for toolkits. */
  public static Intervention clean(String id, String title) {
    return Intervention.builder().from(clean()).id(id).title(title).build();
  }

  /** A toolkit of clean interventions with these ids. */
  public static Toolkit toolkit(Intervention... interventions) {
    return Toolkit.builder().title("Sample toolkit").addInterventions(interventions).build();
  }
}
