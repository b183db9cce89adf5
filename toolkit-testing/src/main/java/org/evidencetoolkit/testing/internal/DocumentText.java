package org.evidencetoolkit.testing.internal;

import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
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
      return YAML.writeAsString(intervention);
    } catch (RuntimeException e) {
      return intervention + "\n(not written as YAML: " + e.getMessage() + ")";
    }
  }

  /** The profile as the YAML of a toolkit document that holds only it, as {@code --profile} reads. */
  public static String of(Profile profile) {
    return of(profileDocument(profile));
  }

  /**
   * A toolkit document that carries only {@code profile}: what {@code ToolkitReader#readProfile}
   * reads, and what the command line's {@code --profile FILE} takes.
   */
  public static Toolkit profileDocument(Profile profile) {
    return Toolkit.builder().title(profile.name()).profile(profile).build();
  }

  /** The toolkit as YAML. */
  public static String of(Toolkit toolkit) {
    try {
      return YAML.writeAsString(toolkit);
    } catch (RuntimeException e) {
      return toolkit + "\n(not written as YAML: " + e.getMessage() + ")";
    }
  }
}
