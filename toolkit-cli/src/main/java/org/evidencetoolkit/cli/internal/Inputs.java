package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.evidencetoolkit.cli.SampleToolkit;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/**
 * Reads what a command was pointed at: a toolkit folder, a toolkit file, an intervention file, or
 * nothing at all, which means the bundled sample toolkit.
 */
public final class Inputs {
  private final ToolkitReader reader;

  /** Inputs read with {@code reader}. */
  public Inputs(ToolkitReader reader) {
    this.reader = reader;
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
   * Reads {@code path}, or the bundled sample when there is none.
   *
   * @throws IOException if the path cannot be read
   * @throws org.evidencetoolkit.io.ToolkitFormatException if the document is not valid format
   */
  public Content read(Optional<Path> path) throws IOException {
    if (path.isEmpty()) {
      return new WholeToolkit(SampleToolkit.load());
    }
    Path p = path.get();
    return switch (DocumentKind.of(p)) {
      case TOOLKIT_FOLDER, TOOLKIT_FILE -> new WholeToolkit(reader.readToolkit(p));
      case INTERVENTION_FILE -> new OneIntervention(reader.readIntervention(p));
    };
  }
}
