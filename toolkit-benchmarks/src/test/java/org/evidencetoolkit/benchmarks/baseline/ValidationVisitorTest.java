package org.evidencetoolkit.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.stream.Stream;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.CorpusDocument;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Text;
import org.evidencetoolkit.model.rules.ContentRules;
import org.evidencetoolkit.model.rules.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation visitor finds what the default rules find: the same rule, severity and pointer
 * for every violation, on the clean corpus and on documents that break every rule.
 */
class ValidationVisitorTest {
  private static final Intervention BASE =
      Corpus.document(DocumentSize.SMALL, TextProfile.TYPOGRAPHIC).model();

  static Stream<Intervention> documents() {
    return Stream.concat(Corpus.all().stream().map(CorpusDocument::model), broken().stream());
  }

  /** One document per group of rules, each breaking them in several ways. */
  static List<Intervention> broken() {
    return List.of(
        Intervention.builder().from(BASE).id("Bad Id!").title("  padded ").summary("").build(),
        Intervention.builder().from(BASE).id("x".repeat(65)).title("T".repeat(101)).summary("s".repeat(251)).build(),
        Intervention.builder()
            .from(BASE)
            .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("5")))
            .evidence(EvidenceRating.LOW)
            .build(),
        Intervention.builder()
            .from(BASE)
            .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE, new BigDecimal("12")))
            .build(),
        Intervention.builder()
            .from(BASE)
            .impact(ImpactRating.of(ImpactBand.LOW))
            .evidence(EvidenceRating.NOT_RATED)
            .build(),
        Intervention.builder()
            .from(BASE)
            .preventionTypes(List.of())
            .settings(List.of())
            .sectors(List.of(Sector.of("finance", "Finance"), Sector.HEALTH, Sector.HEALTH))
            .build(),
        Intervention.builder()
            .from(BASE)
            .headlineOnly(true)
            .preventionTypes(List.of())
            .settings(List.of(Setting.COMMUNITY, Setting.COMMUNITY))
            .build(),
        Intervention.builder()
            .from(BASE)
            .settings(List.of(Setting.COMMUNITY, Setting.of("moon", "Moon"), Setting.COMMUNITY))
            .addImplementation(ImplementationTip.of("Train staff", RichText.paragraph("Do it.")))
            .addImplementation(ImplementationTip.of("train  staff", RichText.paragraph("Again.")))
            .addResource(Resource.builder().title("A").url(URI.create("https://Example.org")).build())
            .addResource(Resource.builder().title("B").url(URI.create("https://example.org/")).build())
            .addResource(Resource.builder().title("C").url(URI.create("relative/page")).build())
            .addResource(Resource.builder().title(" ").description(" ").url(URI.create("mailto:nobody")).build())
            .build(),
        Intervention.builder()
            .from(BASE)
            .whatIsIt(RichText.empty())
            .effectiveness(
                RichText.of(
                    Paragraph.of("bell\u0007 and\ttab"),
                    Paragraph.of(" "),
                    new BulletList(List.of()),
                    new Paragraph(
                        List.of(
                            new Text("see "),
                            new Link(URI.create("ftp://example.org/file"), List.of(new Text("file"))),
                            new Link(URI.create("https://example.org"), List.of(new Text(" ")))))))
            .evidenceSecurity(RichText.of(Paragraph.of(" leading"), Paragraph.of("broken \uD800 half")))
            .build());
  }

  @ParameterizedTest
  @MethodSource("documents")
  void findsWhatTheDefaultRulesFind(Intervention document) {
    List<String> expected = findings(ContentRules.defaults().validate(document).violations());
    List<String> actual = findings(new ValidationVisitor().validate(document));
    assertThat(actual).as(document.id()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest
  @MethodSource("broken")
  void brokenDocumentsAreFoundBroken(Intervention document) {
    assertThat(new ValidationVisitor().validate(document)).isNotEmpty();
  }

  private static List<String> findings(List<Violation> violations) {
    return violations.stream().map(v -> v.ruleId() + " " + v.severity() + " " + v.path()).toList();
  }
}
