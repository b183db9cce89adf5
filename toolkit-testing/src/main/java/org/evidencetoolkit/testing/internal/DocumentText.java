package org.evidencetoolkit.testing.internal;

import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/**
 * Documents as the toolkit's YAML for failure messages, so a failing example can be pasted into a
 * file and read back. Content the writer refuses (hostile text, say) falls back to the value's
 * {@code toString()}: a failure message must never fail itself.
 */
public final class DocumentText {
  private static final ToolkitWriter YAML =
      ToolkitWriter.builder().format(DocumentFormat.YAML).build();

  private DocumentText() {}

  /** The intervention as YAML. */
  public static String of(Intervention intervention) {
    try {
      return YAML.toString(intervention);
    } catch (RuntimeException e) {
      return intervention + "\n(not written as YAML: " + e.getMessage() + ")";
    }
  }

  /** The toolkit as YAML. */
  public static String of(Toolkit toolkit) {
    try {
      return YAML.toString(toolkit);
    } catch (RuntimeException e) {
      return toolkit + "\n(not written as YAML: " + e.getMessage() + ")";
    }
  }
}
