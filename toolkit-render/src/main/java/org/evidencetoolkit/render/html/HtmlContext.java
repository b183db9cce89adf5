package org.evidencetoolkit.render.html;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.render.labels.Labels;

/**
 * What a part renderer can use during one rendering call: the writer, the labels, the renderer's
 * options, and ways to draw other parts and rich text exactly as the core does.
 */
public interface HtmlContext {
  /** The writer for this call; it owns all escaping. */
  HtmlWriter writer();

  /**
   * The words to show: the shipped English, under the {@linkplain #profile() profile}'s labels,
   * under the application's.
   */
  Labels labels();

  /**
   * The profile in force for this call: the renderer's if it was given one, else the toolkit's
   * being rendered, else {@link Profile#yef()}. Its measures word every estimate ({@link
   * Profile#describe}) and its section order orders a page.
   */
  Profile profile();

  /**
   * The source of the toolkit the renderer was given ({@code HtmlRenderer.Builder.toolkit}), which
   * an intervention's footer shows; empty otherwise.
   */
  Optional<Resource> source();

  /**
   * The toolkit the renderer was given ({@code HtmlRenderer.Builder.toolkit}), or the toolkit
   * being rendered for an index; empty otherwise. Related approaches are looked up in it.
   */
  Optional<Toolkit> toolkit();

  /** A class attribute value: each name with the configured prefix, separated by spaces. */
  String cssClass(String... names);

  /**
   * The heading level for a depth below the configured base level: depth 0 is the title, 1 a
   * section, 2 a tip.
   */
  int headingLevel(int depth);

  /** The core's attributes for an element after every {@link AttributeProvider} has had its say. */
  Map<String, String> attributes(HtmlPart part, String tagName, Map<String, String> coreAttributes);

  /** Draws a part with the renderer registered for it (the first registered wins). */
  void render(HtmlPart part);

  /** Draws a part as the core does, ignoring registered renderers: for wrapping the default. */
  void renderDefault(HtmlPart part);

  /** Draws rich text as the core does, links under the URL policy. */
  void renderRichText(HtmlPart part, RichText text);

  /** Draws inlines as the core does, links under the URL policy. */
  void renderInlines(HtmlPart part, List<Inline> inlines);

  /** Where an intervention's own page is, if the renderer was given a way to link to it. */
  Optional<String> interventionHref(Intervention intervention);

  /**
   * The attributes of a link to an absolute address the URL policy ({@code
   * org.evidencetoolkit.render.UrlPolicy}, the model's {@link org.evidencetoolkit.model.LinkPolicy})
   * allowed: {@code href}, {@code rel="noopener noreferrer"} and the configured {@code target}.
   */
  Map<String, String> externalLinkAttributes(String href);
}
