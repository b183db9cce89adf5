package org.evidencetoolkit.benchmarks.baseline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * commonmark-java parsing of every Markdown field of a record, with the block parsers limited to
 * the format's subset (paragraphs and lists), which is also the fastest configuration.
 */
public final class MarkdownFields {
  private static final Parser PARSER =
      Parser.builder().enabledBlockTypes(Set.of(ListBlock.class)).build();

  private MarkdownFields() {}

  /**
   * A record with its Markdown parsed.
   *
   * @param fields the bound record
   * @param sections whatIsIt, effectiveness, evidenceSecurity, costDetails, topicSummary, in that
   *     order; an absent field is an empty document
   * @param tipBodies each tip's body
   */
  public record Parsed(InterventionRecord fields, List<Node> sections, List<Node> tipBodies) {}

  /** Parses every Markdown field of {@code record}. */
  public static Parsed parse(InterventionRecord record) {
    List<Node> sections = new ArrayList<>(5);
    sections.add(parse(record.whatIsIt()));
    sections.add(parse(record.effectiveness()));
    sections.add(parse(record.evidenceSecurity()));
    sections.add(parse(record.costDetails()));
    sections.add(parse(record.topicSummary()));
    List<InterventionRecord.Tip> tips =
        record.implementation() == null ? List.of() : record.implementation();
    List<Node> bodies = new ArrayList<>(tips.size());
    for (InterventionRecord.Tip tip : tips) {
      bodies.add(parse(tip.body()));
    }
    return new Parsed(record, sections, bodies);
  }

  private static Node parse(@Nullable String markdown) {
    return PARSER.parse(markdown == null ? "" : markdown);
  }
}
