package org.evidencetoolkit.testing.internal;

import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;

/** Documents as text for failure messages. */
public final class DocumentText {
  private DocumentText() {}

  /** The intervention as a readable document. */
  public static String of(Intervention intervention) {
    return intervention.toString();
  }

  /** The toolkit as a readable document. */
  public static String of(Toolkit toolkit) {
    return toolkit.toString();
  }
}
