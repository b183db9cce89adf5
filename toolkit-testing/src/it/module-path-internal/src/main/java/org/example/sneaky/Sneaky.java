package org.example.sneaky;

// Each import names a package that its module does not export; javac must refuse every one.
import org.evidencetoolkit.io.internal.*;
import org.evidencetoolkit.render.internal.*;
import org.evidencetoolkit.testing.internal.*;
// An exported package beside them, which must compile: the refusals are about the internal ones.
import org.evidencetoolkit.model.*;

/** Would use the toolkit's internals if the module system let it. */
public final class Sneaky {
  private Sneaky() {}

  /** A use of the exported package. */
  public static String id(Intervention intervention) {
    return intervention.id();
  }
}
