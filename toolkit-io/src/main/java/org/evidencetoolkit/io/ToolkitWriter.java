package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.evidencetoolkit.io.internal.Canonical;
import org.evidencetoolkit.io.internal.DocumentSink;
import org.evidencetoolkit.io.internal.JsonSink;
import org.evidencetoolkit.io.internal.YamlSink;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Toolkit;

/**
 * Writes interventions and toolkits in the canonical form of format v1: {@code formatVersion: 1}
 * first, fields in the order of the model (SPEC §3), {@code impact}, {@code evidence} and {@code
 * cost} always written and other empty fields left out, rich text as canonical Markdown, numbers
 * in plain notation, UTF-8, a trailing newline. Writing is deterministic, and writing what was
 * read changes nothing.
 *
 * <p>Immutable and thread-safe. Three ways out, as Jackson's {@code ObjectWriter} has them: {@code
 * write(value, Appendable)} to a sink of the caller's, {@code writeAsString(value)}, and {@link
 * #writeFolder(Toolkit, Path)} for a toolkit folder.
 *
 * <pre>{@code
 * ToolkitWriter.defaults().write(intervention, System.out);                 // YAML
 * String json = ToolkitWriter.builder().format(DocumentFormat.JSON).build().writeAsString(toolkit);
 * ToolkitWriter.defaults().writeFolder(toolkit, Path.of("content"));        // toolkit.yaml + interventions/
 * }</pre>
 *
 * <p><b>Exceptions.</b> Writing to a caller's {@link Appendable} throws {@link
 * UncheckedIOException} wrapping the sink's {@link IOException}, as Jackson 3 and commonmark-java
 * do; {@link #writeFolder(Toolkit, Path)}, which opens files itself, throws {@link IOException}.
 *
 * <p>Some model values cannot be written: text holding an unpaired surrogate (no UTF-8 document
 * can), and an estimate with more than 20 digits either side of the point (the reader refuses it
 * as hostile); these throw {@link IllegalArgumentException} naming the JSON Pointer. Rich text is
 * written in its {@linkplain RichTextMarkdown#normalize normal form}.
 */
public final class ToolkitWriter {
  private static final ToolkitWriter DEFAULTS = builder().build();
  /**
   * The longest id written as a file name: with its extension it stays well inside the 255 bytes
   * file systems allow.
   */
  private static final int MAX_FILE_ID = 200;

  private final DocumentFormat format;

  private ToolkitWriter(Builder builder) {
    this.format = builder.format;
  }

  /** A YAML writer. */
  public static ToolkitWriter defaults() {
    return DEFAULTS;
  }

  /** A builder; the format defaults to YAML. */
  public static Builder builder() {
    return new Builder();
  }

  /** The format this writer writes. */
  public DocumentFormat format() {
    return format;
  }

  /**
   * Writes an intervention document.
   *
   * @throws UncheckedIOException if {@code out} fails, wrapping its {@link IOException}
   */
  public void write(Intervention intervention, Appendable out) {
    append(text(sink -> Canonical.intervention(intervention, true, "", sink)), out);
  }

  /**
   * Writes a toolkit as one document with its interventions inline.
   *
   * @throws UncheckedIOException if {@code out} fails, wrapping its {@link IOException}
   */
  public void write(Toolkit toolkit, Appendable out) {
    append(text(sink -> Canonical.toolkit(toolkit, true, sink)), out);
  }

  /** The intervention document as a string, as Jackson's {@code writeValueAsString}. */
  public String writeAsString(Intervention intervention) {
    return text(sink -> Canonical.intervention(intervention, true, "", sink)).toString();
  }

  /** The single-file toolkit document as a string. */
  public String writeAsString(Toolkit toolkit) {
    return text(sink -> Canonical.toolkit(toolkit, true, sink)).toString();
  }

  /**
   * Writes a toolkit as a folder: {@code toolkit.yaml} (or {@code .json}) with the title,
   * vocabularies and the intervention ids in order, and {@code interventions/<id>.yaml} for each
   * intervention. Creates the folders as needed and replaces files of the same names; other files
   * are left alone (so a stale intervention file from an earlier write is reported when the
   * folder is read, not silently deleted).
   *
   * @throws IllegalArgumentException if two interventions share an id, or an id is not a slug
   *     ({@link Slugs#isSlug}: lower-case letters and digits in words joined by single hyphens,
   *     the {@code id.format} rule's definition) of at most 200 characters; a slug is a safe file
   *     name everywhere, also where file names ignore case
   * @throws IOException if a folder or file cannot be written
   */
  public void writeFolder(Toolkit toolkit, Path folder) throws IOException {
    Set<String> ids = new HashSet<>();
    for (Intervention intervention : toolkit.interventions()) {
      String id = intervention.id();
      if (!Slugs.isSlug(id) || id.length() > MAX_FILE_ID) {
        throw new IllegalArgumentException(
            "cannot write intervention \"" + id + "\" as a file: a folder needs ids of lower-case"
                + " letters and digits in words joined by single hyphens, at most " + MAX_FILE_ID
                + " characters");
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException(
            "cannot write a folder with two interventions whose id is \"" + id + "\"");
      }
    }
    String extension = "." + format.extension();
    Path interventions = folder.resolve("interventions");
    Files.createDirectories(interventions);
    Files.writeString(folder.resolve("toolkit" + extension),
        text(sink -> Canonical.toolkit(toolkit, false, sink)), StandardCharsets.UTF_8);
    for (Intervention intervention : toolkit.interventions()) {
      Files.writeString(interventions.resolve(intervention.id() + extension),
          writeAsString(intervention), StandardCharsets.UTF_8);
    }
  }

  /**
   * The whole document's text: the canonical form goes straight to the format's writer (Jackson's
   * generator for JSON, the YAML engine's emitter for YAML), with no tree in between.
   */
  /** Hands a finished document to the caller's sink, under the output contract. */
  private static void append(CharSequence document, Appendable out) {
    try {
      out.append(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private StringBuilder text(java.util.function.Consumer<DocumentSink> document) {
    if (format == DocumentFormat.JSON) {
      JsonSink sink = new JsonSink();
      document.accept(sink);
      return sink.finish();
    }
    YamlSink sink = new YamlSink();
    document.accept(sink);
    return sink.finish();
  }


  /** Builds a {@link ToolkitWriter}. */
  public static final class Builder {
    private DocumentFormat format = DocumentFormat.YAML;

    private Builder() {}

    /** The format to write; default {@link DocumentFormat#YAML}. */
    public Builder format(DocumentFormat format) {
      this.format = Objects.requireNonNull(format, "format");
      return this;
    }

    /** The writer. */
    public ToolkitWriter build() {
      return new ToolkitWriter(this);
    }
  }
}
