package org.evidencetoolkit.io;

import java.util.List;
import org.evidencetoolkit.io.internal.MarkdownReader;
import org.evidencetoolkit.model.text.CommonMarkWriter;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.RichTextNormalForm;

/**
 * Rich text as the format writes it: a CommonMark subset — paragraphs, flat {@code -}/{@code *}
 * and {@code 1.} lists, {@code *emphasis*}, {@code **strong**} and {@code [links](url)} — read
 * with commonmark-java and written canonically.
 *
 * <pre>{@code
 * RichText text = RichTextMarkdown.parse("Trauma is *lasting* harm.\n\n- realise\n- recognise");
 * String markdown = RichTextMarkdown.write(text);   // reads back to the same RichText
 * }</pre>
 *
 * <p>Anything outside the subset (HTML, headings, images, code, block quotes, nested lists,
 * tables, link titles) is refused with a {@link Problem.Kind#BAD_MARKDOWN} problem naming what was
 * found. A single newline inside a paragraph reads as a space (as it renders); a hard line break
 * reads as a newline character.
 *
 * <p>The model can hold shapes Markdown has no syntax for (empty emphasis, emphasis inside
 * emphasis, a link inside a link, adjacent texts…). {@link #normalize(RichText)} maps each to the
 * shape that reads and renders the same; writing writes the normal form, and reading always
 * returns it, so {@code parse(write(x)).equals(normalize(x))} for every {@code x}. Both are the
 * model's: {@link RichTextNormalForm} and {@link CommonMarkWriter#canonical()}.
 */
public final class RichTextMarkdown {
  private RichTextMarkdown() {}

  /**
   * Reads Markdown into rich text.
   *
   * @throws ToolkitFormatException listing everything outside the subset, located by line of
   *     the text (source {@code "markdown"}, pointer {@code ""})
   */
  public static RichText parse(String markdown) {
    MarkdownReader.Result result = MarkdownReader.read(markdown);
    RichText text = result.text();
    if (text == null) {
      List<Problem> problems =
          result.issues().stream()
              .map(i -> new Problem(Problem.Kind.BAD_MARKDOWN, "markdown", i.line(), 1, "",
                  "the text has " + i.message()))
              .toList();
      throw new ToolkitFormatException(problems);
    }
    return text;
  }

  /** The canonical Markdown of the text's normal form; {@code ""} for empty text. */
  public static String write(RichText text) {
    return CommonMarkWriter.canonical().write(text);
  }

  /** The normal form: the rich text that Markdown expresses and that reads the same. */
  public static RichText normalize(RichText text) {
    return RichTextNormalForm.of(text);
  }
}
