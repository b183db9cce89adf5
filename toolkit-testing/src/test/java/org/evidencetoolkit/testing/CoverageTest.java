package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The valid generator reaches every field, value and shape it promises, and the configuration
 * switches optional parts off and on.
 */
class CoverageTest {
  @Test
  void interventionsCoverEveryFieldEmptyAndFull() {
    Set<String> seen = new TreeSet<>();
    qt().withExamples(3_000).forAll(Generators.interventions()).checkAssert(i -> seen.addAll(features(i)));
    List<String> expected = new ArrayList<>();
    for (ImpactBand band : ImpactBand.values()) {
      expected.add("band " + band);
      if (band.isRated()) {
        expected.add("estimate on " + band);
        expected.add("no estimate on " + band);
      }
    }
    for (EvidenceRating e : EvidenceRating.values()) {
      expected.add("evidence " + e);
    }
    for (CostRating c : CostRating.values()) {
      expected.add("cost " + c);
    }
    for (PreventionType p : PreventionType.values()) {
      expected.add("prevention " + p);
    }
    expected.addAll(
        List.of(
            "studyCount", "no studyCount", "sectors", "no sectors", "several settings",
            "costDetails", "no costDetails", "topicSummary", "no topicSummary", "tips", "no tips",
            "several tips", "resources", "no resources", "several resources",
            "resource description", "resource without description", "resource url",
            "resource without url", "related", "no related", "lastUpdated", "no lastUpdated",
            "paragraph", "bullet list", "ordered list", "emphasis", "strong", "link", "https",
            "http", "mailto", "astral character", "right-to-left script", "markup character",
            "decimal estimate", "negative estimate"));
    assertThat(seen).containsAll(expected);
  }

  @Test
  void excludedPartsNeverAppearAndRequiredOnesAlwaysDo() {
    GeneratorConfig config =
        GeneratorConfig.builder()
            .exclude(Part.RESOURCES, Part.LINKS, Part.ESTIMATE)
            .alwaysInclude(Part.IMPLEMENTATION, Part.LAST_UPDATED, Part.SECTORS)
            .alphabet(TextAlphabet.ENGLISH)
            .build();
    qt().withExamples(1_000)
        .forAll(Generators.interventions(config))
        .checkAssert(
            i -> {
              Set<String> f = features(i);
              assertThat(f).contains("tips", "lastUpdated", "sectors");
              assertThat(f).doesNotContain("resources", "link", "astral character");
              assertThat(i.impact().estimate()).isEmpty();
            });
  }

  @Test
  void sizesAreBounded() {
    GeneratorConfig small =
        GeneratorConfig.builder().maxBlocks(1).maxTips(1).maxResources(1).maxListItems(1).build();
    qt().withExamples(1_000)
        .forAll(Generators.interventions(small))
        .checkAssert(
            i -> {
              assertThat(i.whatIsIt().blocks()).hasSize(1);
              assertThat(i.implementation()).hasSizeLessThanOrEqualTo(1);
              assertThat(i.resources()).hasSizeLessThanOrEqualTo(1);
            });
  }

  static Set<String> features(Intervention i) {
    Set<String> f = new TreeSet<>();
    ImpactBand band = i.impact().band();
    f.add("band " + band);
    i.impact()
        .estimate()
        .ifPresentOrElse(
            e -> {
              f.add("estimate on " + band);
              if (e.scale() > 0) {
                f.add("decimal estimate");
              }
              if (e.signum() < 0) {
                f.add("negative estimate");
              }
            },
            () -> f.add("no estimate on " + band));
    f.add("evidence " + i.evidence());
    f.add("cost " + i.cost());
    i.preventionTypes().forEach(p -> f.add("prevention " + p));
    f.add(i.studyCount().isPresent() ? "studyCount" : "no studyCount");
    f.add(i.sectors().isEmpty() ? "no sectors" : "sectors");
    if (i.settings().size() > 1) {
      f.add("several settings");
    }
    f.add(i.costDetails().isEmpty() ? "no costDetails" : "costDetails");
    f.add(i.topicSummary().isEmpty() ? "no topicSummary" : "topicSummary");
    f.add(i.implementation().isEmpty() ? "no tips" : "tips");
    if (i.implementation().size() > 1) {
      f.add("several tips");
    }
    f.add(i.resources().isEmpty() ? "no resources" : "resources");
    if (i.resources().size() > 1) {
      f.add("several resources");
    }
    i.resources()
        .forEach(
            r -> {
              f.add(r.description().isPresent() ? "resource description" : "resource without description");
              f.add(r.url().isPresent() ? "resource url" : "resource without url");
              r.url().ifPresent(u -> f.add(u.getScheme()));
            });
    f.add(i.related().isEmpty() ? "no related" : "related");
    f.add(i.lastUpdated().isPresent() ? "lastUpdated" : "no lastUpdated");
    StringBuilder text = new StringBuilder(i.title()).append(i.summary());
    List<RichText> sections =
        new ArrayList<>(
            List.of(i.whatIsIt(), i.effectiveness(), i.evidenceSecurity(), i.costDetails(), i.topicSummary()));
    i.implementation().forEach(t -> sections.add(t.body()));
    for (RichText section : sections) {
      for (Block block : section.blocks()) {
        if (block instanceof Paragraph p) {
          f.add("paragraph");
          inlines(p.inlines(), f, text);
        } else if (block instanceof BulletList b) {
          f.add("bullet list");
          b.items().forEach(item -> inlines(item, f, text));
        } else if (block instanceof OrderedList o) {
          f.add("ordered list");
          o.items().forEach(item -> inlines(item, f, text));
        }
      }
    }
    String all = text.toString();
    if (all.codePoints().anyMatch(cp -> cp > 0xFFFF)) {
      f.add("astral character");
    }
    if (all.codePoints()
        .anyMatch(cp -> Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
            || Character.getDirectionality(cp) == Character.DIRECTIONALITY_RIGHT_TO_LEFT)) {
      f.add("right-to-left script");
    }
    if (all.contains("<") || all.contains("&")) {
      f.add("markup character");
    }
    return f;
  }

  private static void inlines(List<Inline> inlines, Set<String> f, StringBuilder text) {
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        text.append(t.text());
      } else if (inline instanceof Emphasis e) {
        f.add("emphasis");
        inlines(e.children(), f, text);
      } else if (inline instanceof Strong s) {
        f.add("strong");
        inlines(s.children(), f, text);
      } else if (inline instanceof Link l) {
        f.add("link");
        f.add(l.url().getScheme());
        inlines(l.children(), f, text);
      }
    }
  }
}
