package org.evidencetoolkit.benchmarks.baseline;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
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
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.RichText;
import org.jspecify.annotations.Nullable;

/**
 * Turns a record with parsed Markdown into the toolkit's model. Not part of any measured baseline:
 * it exists so tests can prove that the baselines read the same content as the toolkit's reader,
 * and to build the corpus's model objects.
 */
public final class RecordsToModel {
  private RecordsToModel() {}

  /** The model of a parsed record; vocabulary labels come from the built-ins where known. */
  public static Intervention toModel(MarkdownFields.Parsed parsed) {
    InterventionRecord r = parsed.fields();
    Intervention.Builder b =
        Intervention.builder()
            .id(r.id())
            .title(r.title())
            .summary(orEmpty(r.summary()))
            .impact(impact(r.impact()))
            .evidence(evidence(r.evidence()))
            .cost(cost(r.cost()))
            .whatIsIt(richText(parsed.sections().get(0)))
            .effectiveness(richText(parsed.sections().get(1)))
            .evidenceSecurity(richText(parsed.sections().get(2)))
            .costDetails(richText(parsed.sections().get(3)))
            .topicSummary(richText(parsed.sections().get(4)));
    if (r.studyCount() != null) {
      b.studyCount(r.studyCount());
    }
    for (String type : orEmpty(r.preventionTypes())) {
      b.addPreventionType(PreventionType.valueOf(constant(type)));
    }
    for (String code : orEmpty(r.settings())) {
      b.addSetting(
          Setting.builtIns().stream()
              .filter(s -> s.code().equals(code))
              .findFirst()
              .orElse(Setting.of(code, code)));
    }
    for (String code : orEmpty(r.sectors())) {
      b.addSector(
          Sector.builtIns().stream()
              .filter(s -> s.code().equals(code))
              .findFirst()
              .orElse(Sector.of(code, code)));
    }
    List<InterventionRecord.Tip> tips = orEmpty(r.implementation());
    for (int i = 0; i < tips.size(); i++) {
      b.addImplementation(
          ImplementationTip.of(tips.get(i).title(), richText(parsed.tipBodies().get(i))));
    }
    for (InterventionRecord.Reading reading : orEmpty(r.resources())) {
      Resource.Builder resource = Resource.builder().title(reading.title());
      if (reading.description() != null) {
        resource.description(reading.description());
      }
      if (reading.url() != null) {
        resource.url(URI.create(reading.url()));
      }
      b.addResource(resource.build());
    }
    b.addAllRelated(orEmpty(r.related()));
    if (r.lastUpdated() != null) {
      b.lastUpdated(LocalDate.parse(r.lastUpdated()));
    }
    return b.build();
  }

  private static ImpactRating impact(InterventionRecord.Impact impact) {
    ImpactBand band = ImpactBand.valueOf(constant(impact.band()));
    return impact.estimate() == null ? ImpactRating.of(band) : ImpactRating.of(band, impact.estimate());
  }

  private static EvidenceRating evidence(@Nullable Object rating) {
    return rating instanceof Integer level ? EvidenceRating.ofLevel(level) : EvidenceRating.NOT_RATED;
  }

  private static CostRating cost(@Nullable Object rating) {
    return rating instanceof Integer level ? CostRating.ofLevel(level) : CostRating.NOT_RATED;
  }

  private static String constant(String kebab) {
    return kebab.replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** The rich text of a parsed Markdown document. */
  public static RichText richText(Node document) {
    List<Block> blocks = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Paragraph) {
        blocks.add(new org.evidencetoolkit.model.text.Paragraph(inlines(node)));
      } else if (node instanceof BulletList) {
        blocks.add(new org.evidencetoolkit.model.text.BulletList(items(node)));
      } else if (node instanceof OrderedList) {
        blocks.add(new org.evidencetoolkit.model.text.OrderedList(items(node)));
      } else {
        throw new IllegalArgumentException("not in the format's subset: " + node);
      }
    }
    return new RichText(blocks);
  }

  private static List<List<Inline>> items(Node list) {
    List<List<Inline>> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        throw new IllegalArgumentException("not a list item: " + item);
      }
      Node first = item.getFirstChild();
      items.add(first == null ? List.of() : inlines(first));
    }
    return items;
  }

  private static List<Inline> inlines(Node parent) {
    List<Inline> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text t) {
        text.append(t.getLiteral());
        continue;
      }
      if (text.length() > 0) {
        out.add(new org.evidencetoolkit.model.text.Text(text.toString()));
        text.setLength(0);
      }
      if (node instanceof Emphasis) {
        out.add(new org.evidencetoolkit.model.text.Emphasis(inlines(node)));
      } else if (node instanceof StrongEmphasis) {
        out.add(new org.evidencetoolkit.model.text.Strong(inlines(node)));
      } else if (node instanceof Link link) {
        out.add(new org.evidencetoolkit.model.text.Link(URI.create(link.getDestination()), inlines(node)));
      } else {
        throw new IllegalArgumentException("not in the format's subset: " + node);
      }
    }
    if (text.length() > 0) {
      out.add(new org.evidencetoolkit.model.text.Text(text.toString()));
    }
    return out;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
