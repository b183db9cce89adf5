package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.evidencetoolkit.io.ToolkitSchema;
import org.junit.jupiter.api.Test;

/** {@code toolkit schema}. */
class SchemaCommandTest {
  @Test
  void printsTheFormatsJsonSchema() {
    CommandRun run = CommandRun.run("schema");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip()).isEqualTo(ToolkitSchema.json().strip());
    assertThat(run.out()).startsWith("{").contains("2020-12").endsWith("\n");
  }

  @Test
  void takesNoArguments() {
    assertThat(CommandRun.run("schema", "extra").exitCode()).isEqualTo(2);
  }
}
