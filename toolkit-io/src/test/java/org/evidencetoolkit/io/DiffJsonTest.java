package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
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
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.ToolkitDiff;
import org.evidencetoolkit.model.text.RichText;
import org.junit.jupiter.api.Test;

/**
 * The JSON of a diff: the issue's shape, values written exactly as a document writes them, and
 * every output valid under the shipped diff schema (which rejects what is not that shape).
 */
class DiffJsonTest {
  private static final Schema SCHEMA = SchemaRegistry
      .withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(ToolkitSchema.diffJson(), InputFormat.JSON);

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static Intervention mentoring() {
    return Intervention.builder().id("mentoring-pilot").title("Mentoring pilot")
        .impact(ImpactRating.of(ImpactBand.MODERATE, new BigDecimal("14")))
        .evidence(EvidenceRating.LOW)
        .effectiveness(RichTextMarkdown.parse("Mentoring *may* help."))
        .addResource(Resource.builder().title("Briefing").url(URI.create("https://example.org/b")).build())
        .addResource(Resource.of("Old review"))
        .build();
  }

  @Test
  void theIssuesShapeWithValuesInFormatTerms() {
    Intervention m = Intervention.builder().from(mentoring())
        .impact(ImpactRating.of(ImpactBand.HIGH, new BigDecimal("31.50")))
        .evidence(EvidenceRating.MODERATE)
        .cost(CostRating.LOW)
        .effectiveness(RichTextMarkdown.parse("Mentoring **does** help, a lot."))
        .addImplementation(ImplementationTip.of("Supervise the matches", RichText.empty()))
        .resources(List.of(mentoring().resources().get(0)))
        .lastUpdated(LocalDate.of(2025, 2, 3))
        .build();
    Intervention family = Intervention.builder().id("family-therapy").title("Family therapy")
        .impact(ImpactRating.of(ImpactBand.HIGH)).build();
    Toolkit before = Toolkit.builder().title("Old").addIntervention(mentoring()).build();
    Toolkit after = Toolkit.builder().title("New \"edition\"").addIntervention(m)
        .addIntervention(family).addSetting(Setting.of("ae", "A and E")).build();
    String json = DiffJson.writeAsString(ToolkitDiff.between(before, after));
    assertThat(json).isEqualTo("""
        {
          "changes": [
            {
              "id": null,
              "change": "changed",
              "pointer": "/title",
              "before": "Old",
              "after": "New \\"edition\\""
            },
            {
              "id": null,
              "change": "added",
              "pointer": "/settings/0",
              "after": {
                "code": "ae",
                "label": "A and E"
              }
            },
            {
              "id": "mentoring-pilot",
              "change": "changed",
              "pointer": "/impact/band",
              "before": "moderate",
              "after": "high",
              "direction": "up"
            },
            {
              "id": "mentoring-pilot",
              "change": "changed",
              "pointer": "/impact/estimate",
              "before": 14,
              "after": 31.5,
              "direction": "up"
            },
            {
              "id": "mentoring-pilot",
              "change": "changed",
              "pointer": "/evidence",
              "before": 2,
              "after": 3,
              "direction": "up"
            },
            {
              "id": "mentoring-pilot",
              "change": "changed",
              "pointer": "/cost",
              "before": "?",
              "after": 2
            },
            {
              "id": "mentoring-pilot",
              "change": "changed",
              "pointer": "/effectiveness",
              "before": "Mentoring *may* help.",
              "after": "Mentoring **does** help, a lot.",
              "words": {
                "added": 4,
                "removed": 2
              }
            },
            {
              "id": "mentoring-pilot",
              "change": "added",
              "pointer": "/implementation/0",
              "after": {
                "title": "Supervise the matches"
              }
            },
            {
              "id": "mentoring-pilot",
              "change": "removed",
              "pointer": "/resources/1",
              "before": {
                "title": "Old review"
              }
            },
            {
              "id": "mentoring-pilot",
              "change": "changed",
              "pointer": "/lastUpdated",
              "after": "2025-02-03"
            },
            {
              "id": "family-therapy",
              "change": "added",
              "pointer": "/interventions/1"
            }
          ]
        }
        """);
    assertThat(errors(json)).isEmpty();
  }

  @Test
  void noChangesIsAnEmptyList() {
    String json = DiffJson.writeAsString(ToolkitDiff.between(mentoring(), mentoring()));
    assertThat(json).isEqualTo("{\n  \"changes\": []\n}\n");
    assertThat(errors(json)).isEmpty();
  }

  @Test
  void evidenceNotRatedAndAProfileByName() {
    Intervention unrated = Intervention.builder().from(mentoring()).evidence(EvidenceRating.NOT_RATED).build();
    assertThat(DiffJson.writeAsString(ToolkitDiff.between(mentoring(), unrated)))
        .contains("\"before\": 2,\n      \"after\": \"not-rated\"\n");
    Toolkit yef = Toolkit.builder().title("T").build();
    Toolkit other = Toolkit.builder().title("T").profile(Profile.builder().name("learning").build()).build();
    String json = DiffJson.writeAsString(ToolkitDiff.between(yef, other));
    assertThat(json).contains("\"pointer\": \"/profile\"").contains("\"name\": \"yef\"");
    assertThat(errors(json)).isEmpty();
  }

  @Test
  void everyDiffOfGeneratedToolkitsValidates() {
    qt().withExamples(150).forAll(ModelGenerators.toolkits(), ModelGenerators.toolkits())
        .checkAssert((a, b) -> {
          String json = DiffJson.writeAsString(ToolkitDiff.between(a, b));
          assertThat(errors(json)).as(json).isEmpty();
        });
  }

  @Test
  void everyDiffOfGeneratedInterventionsValidates() {
    qt().withExamples(300).forAll(ModelGenerators.interventions(), ModelGenerators.interventions())
        .checkAssert((a, b) -> {
          String json = DiffJson.writeAsString(ToolkitDiff.between(a, b));
          assertThat(errors(json)).as(json).isEmpty();
        });
  }

  @Test
  void theSchemaRejectsOtherShapes() {
    assertThat(ToolkitSchema.diffJson()).contains("\"$id\": \"" + ToolkitSchema.DIFF_ID + "\"");
    assertThat(errors("{}")).isNotEmpty();
    assertThat(errors("{\"changes\": [{\"id\": \"x\", \"change\": \"moved\", \"pointer\": \"/a\"}]}")).isNotEmpty();
    assertThat(errors("{\"changes\": [{\"id\": \"x\", \"change\": \"added\"}]}")).isNotEmpty();
    assertThat(errors("{\"changes\": [{\"id\": 3, \"change\": \"added\", \"pointer\": \"\"}]}")).isNotEmpty();
    assertThat(errors("{\"changes\": [{\"id\": null, \"change\": \"changed\", \"pointer\": \"/cost\","
        + " \"direction\": \"sideways\"}]}")).isNotEmpty();
    assertThat(errors("{\"changes\": [{\"id\": null, \"change\": \"changed\", \"pointer\": \"/cost\","
        + " \"extra\": 1}]}")).isNotEmpty();
  }
}
