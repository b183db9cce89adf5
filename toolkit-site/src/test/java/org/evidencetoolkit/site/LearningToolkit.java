package org.evidencetoolkit.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.model.Toolkit;

/**
 * An invented school-attainment toolkit under a profile of its own: impact in months of progress,
 * "Evidence strength", a custom section "Behind the average", language {@code en}, and two of the
 * site's own words changed. Nothing in it is about violence.
 */
final class LearningToolkit {
  private LearningToolkit() {}

  static Toolkit load() {
    try (InputStream in = LearningToolkit.class.getResourceAsStream("learning-toolkit.yaml")) {
      if (in == null) {
        throw new IllegalStateException("learning-toolkit.yaml is missing from the test resources");
      }
      return ToolkitReader.defaults().with(DocumentFormat.YAML)
          .readToolkit(Source.named("learning-toolkit.yaml").stream(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
