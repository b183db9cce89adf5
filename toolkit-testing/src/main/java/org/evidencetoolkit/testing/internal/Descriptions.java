package org.evidencetoolkit.testing.internal;

import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.quicktheories.core.Gen;

/** How generated documents are printed in QuickTheories' failure reports. */
public final class Descriptions {
  private Descriptions() {}

  /** The generator, printing each intervention as a document. */
  public static Gen<Intervention> ofIntervention(Gen<Intervention> gen) {
    return gen.describedAs(DocumentText::of);
  }

  /** The generator, printing each profile as a toolkit document that holds only it. */
  public static Gen<Profile> ofProfile(Gen<Profile> gen) {
    return gen.describedAs(DocumentText::of);
  }

  /** The generator, printing each toolkit as a document. */
  public static Gen<Toolkit> ofToolkit(Gen<Toolkit> gen) {
    return gen.describedAs(DocumentText::of);
  }
}
