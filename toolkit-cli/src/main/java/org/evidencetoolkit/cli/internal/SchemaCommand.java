package org.evidencetoolkit.cli.internal;

import org.evidencetoolkit.io.ToolkitSchema;

/** {@code toolkit schema}: the JSON Schema of the document format. */
final class SchemaCommand extends BaseCommand {
  SchemaCommand() {
    super(
        "schema",
        "Print the JSON Schema (draft 2020-12) of the toolkit document format.",
        "",
        "Example:",
        "  toolkit schema > toolkit.schema.json");
  }

  @Override
  public Integer call() {
    String schema = ToolkitSchema.json();
    out().print(schema);
    if (!schema.endsWith("\n")) {
      out().println();
    }
    return ExitCodes.OK;
  }
}
