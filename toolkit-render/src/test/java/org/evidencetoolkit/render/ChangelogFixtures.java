package org.evidencetoolkit.render;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;

/**
 * Two editions of a small toolkit, edited as the "Done when" says: one strand removed and
 * one added; one strand's band, estimate and evidence all rise; a tip added and a resource
 * dropped; a strand retitled; one "Is it effective?" rewritten; the toolkit's title changed.
 */
final class ChangelogFixtures {
  private ChangelogFixtures() {}

  static Intervention mentoring() {
    return Intervention.builder()
        .id("mentoring-pilot")
        .title("Mentoring pilot")
        .summary("Pairing a young person with a trusted adult.")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("14")))
        .evidence(EvidenceRating.LOW)
        .addPreventionType(PreventionType.SECONDARY)
        .addSetting(Setting.COMMUNITY)
        .effectiveness(RichText.paragraph("Mentoring reduced violence a little in two small studies."))
        .addImplementation(ImplementationTip.of("Train the mentors", RichText.paragraph("Train them first.")))
        .addResource(Resource.builder().title("Mentoring briefing")
            .url(URI.create("https://example.org/briefing")).build())
        .addResource(Resource.builder().title("An older review <2019> & notes")
            .url(URI.create("https://example.org/old-review")).build())
        .lastUpdated(LocalDate.of(2024, 3, 1))
        .build();
  }

  static Intervention boxing() {
    return Intervention.builder().id("boxing-club").title("Boxing club")
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE)).build();
  }

  static Intervention sports() {
    return Intervention.builder().id("sports").title("Sports programmes")
        .impact(ImpactRating.of(ImpactBand.LOW, new BigDecimal("5")))
        .effectiveness(RichText.paragraph("Sport may reduce violence slightly."))
        .build();
  }

  static Intervention family() {
    return Intervention.builder().id("family-therapy").title("Family therapy")
        .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("35"))).build();
  }

  static Toolkit before() {
    return Toolkit.builder().title("Example toolkit 2024")
        .interventions(List.of(mentoring(), boxing(), sports())).build();
  }

  static Toolkit after() {
    Intervention m = Intervention.builder().from(mentoring())
        .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("31")))
        .evidence(EvidenceRating.MODERATE)
        .addImplementation(ImplementationTip.of("Supervise the matches",
            RichText.paragraph("Check in every month.")))
        .resources(List.of(mentoring().resources().get(0)))
        .build();
    Intervention s = Intervention.builder().from(sports())
        .title("Sport and physical activity")
        .effectiveness(RichText.paragraph(
            "New trials show that sport programmes can reduce violence, most of all with mentoring."))
        .build();
    return Toolkit.builder().title("Example toolkit 2025")
        .interventions(List.of(m, s, family())).build();
  }
}
