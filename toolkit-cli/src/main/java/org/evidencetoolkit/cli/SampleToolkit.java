package org.evidencetoolkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitFormatException;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Toolkit;
import org.jspecify.annotations.Nullable;

/**
 * The sample toolkit bundled with the command, which every command uses when it is given no path.
 *
 * <p>The sample is illustrative: it is written in this project's own words from public pages of
 * the Youth Endowment Fund (YEF) Toolkit, and the live YEF Toolkit is the authority for current
 * ratings. One strand, "Trauma-informed training and service redesign", is summarised in full;
 * every other strand carries only its published headline band (and estimate, where one was
 * published), and every rating that was not available is left not rated.
 *
 * <pre>{@code
 * Toolkit sample = SampleToolkit.load();
 * String yaml = SampleToolkit.yaml();   // the document as shipped
 * }</pre>
 */
public final class SampleToolkit {
  /** The name the sample goes by in messages and diagnostics. */
  public static final String SOURCE_NAME = "sample-toolkit.yaml";

  private static final String RESOURCE = "sample/" + SOURCE_NAME;

  /** Read on first use; reading twice on a race is harmless, as the result is the same value. */
  private static volatile @Nullable Toolkit cached;

  private SampleToolkit() {}

  /**
   * The sample as a toolkit.
   *
   * @throws IllegalStateException if the jar has lost the sample, or it no longer reads (a build
   *     defect, which the module's tests rule out)
   */
  public static Toolkit load() {
    Toolkit toolkit = cached;
    if (toolkit == null) {
      try {
        toolkit = ToolkitReader.defaults().with(DocumentFormat.YAML)
            .readToolkit(Source.named(SOURCE_NAME).bytes(bytes()));
      } catch (ToolkitFormatException e) {
        throw new IllegalStateException("The bundled sample toolkit does not read: " + e.getMessage(), e);
      }
      cached = toolkit;
    }
    return toolkit;
  }

  /** The sample document as shipped: YAML, UTF-8, with its provenance comment at the top. */
  public static String yaml() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** The sample document's bytes. */
  static byte[] bytes() {
    try (InputStream in = SampleToolkit.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The sample toolkit is missing from the jar: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the sample toolkit " + RESOURCE, e);
    }
  }

}
