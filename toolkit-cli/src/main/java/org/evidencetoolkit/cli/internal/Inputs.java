package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencetoolkit.cli.SampleToolkit;
import org.evidencetoolkit.io.Document;
import org.evidencetoolkit.io.InterventionDocument;
import org.evidencetoolkit.io.ToolkitDocument;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/**
 * Reads what a command was pointed at: a toolkit folder, a toolkit file, an intervention file,
 * {@code -} for standard input, or nothing at all, which means the bundled sample toolkit. A file
 * is read once and never past the reader's size limit, and what it holds is told from what was
 * read ({@link ToolkitReader#readDocument(Path)}).
 */
public final class Inputs {
  /** The path that means standard input. */
  public static final String STANDARD_INPUT = "-";

  /** The name standard input goes by in messages and diagnostics. */
  public static final String STANDARD_INPUT_NAME = "<stdin>";

  private final ToolkitReader reader;
  private final InputStream in;

  /** Inputs read with {@code reader}, standard input being {@code in}. */
  public Inputs(ToolkitReader reader, InputStream in) {
    this.reader = reader;
    this.in = in;
  }

  /** Whether a path names standard input. */
  public static boolean isStandardInput(Path path) {
    return path.toString().equals(STANDARD_INPUT);
  }

  /** What was read: a whole toolkit, or one intervention. */
  public sealed interface Content permits WholeToolkit, OneIntervention {
    /** The content as a toolkit; one intervention becomes a toolkit of one. */
    Toolkit asToolkit();
  }

  /**
   * A toolkit.
   *
   * @param toolkit the toolkit
   */
  public record WholeToolkit(Toolkit toolkit) implements Content {
    @Override
    public Toolkit asToolkit() {
      return toolkit;
    }
  }

  /**
   * One intervention document.
   *
   * @param intervention the intervention
   */
  public record OneIntervention(Intervention intervention) implements Content {
    @Override
    public Toolkit asToolkit() {
      return Toolkit.builder().title(intervention.title()).addIntervention(intervention).build();
    }
  }

  /**
   * Reads {@code path}, standard input for {@code -}, or the bundled sample when there is none.
   *
   * @throws IOException if the path cannot be read
   * @throws org.evidencetoolkit.io.ToolkitFormatException if the document is not valid format
   */
  public Content read(Optional<Path> path) throws IOException {
    if (path.isEmpty()) {
      return new WholeToolkit(SampleToolkit.load());
    }
    Path p = path.get();
    Document document =
        isStandardInput(p) ? reader.readDocument(in, STANDARD_INPUT_NAME) : reader.readDocument(p);
    if (document instanceof ToolkitDocument toolkit) {
      return new WholeToolkit(toolkit.toolkit());
    }
    return new OneIntervention(((InterventionDocument) document).intervention());
  }
}
