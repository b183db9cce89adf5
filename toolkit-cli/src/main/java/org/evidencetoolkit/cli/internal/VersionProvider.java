package org.evidencetoolkit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code toolkit --version}: the version Maven wrote into {@code version.properties}. */
public final class VersionProvider implements IVersionProvider {
  /** The version, or {@code unknown} when run from a build that did not filter resources. */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/evidencetoolkit/cli/version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    String version = properties.getProperty("version", "unknown");
    return version.startsWith("${") ? "unknown" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {
      "toolkit " + version(),
      "Evidence Toolkit command line; Java " + Runtime.version().feature()
    };
  }
}
