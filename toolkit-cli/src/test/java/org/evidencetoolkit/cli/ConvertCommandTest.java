package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencetoolkit.io.ToolkitReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code toolkit convert}: canonical rewrites between JSON and YAML. */
class ConvertCommandTest {
  @TempDir Path dir;

  @Test
  void yamlToJsonAndBackIsCanonicalAndStable() throws IOException {
    Path yaml = Documents.write(dir, "homework-club.yaml", Documents.VALID_YAML);
    Path json = dir.resolve("homework-club.json");
    CommandRun toJson = CommandRun.run("convert", yaml.toString(), "--to", "json", "--out", json.toString());
    assertThat(toJson.exitCode()).as(toJson.toString()).isZero();
    assertThat(toJson.out()).isEmpty();
    assertThat(Files.readString(json)).startsWith("{").contains("\"homework-club\"");

    CommandRun back = CommandRun.run("convert", json.toString(), "--to", "yaml");
    CommandRun direct = CommandRun.run("convert", yaml.toString(), "--to", "yaml");
    assertThat(back.exitCode()).isZero();
    assertThat(back.out()).isEqualTo(direct.out()).contains("id: homework-club");

    Path canonical = Documents.write(dir, "canonical.yaml", direct.out());
    assertThat(CommandRun.run("convert", canonical.toString(), "--to", "yaml").out())
        .isEqualTo(direct.out());
    assertThat(ToolkitReader.defaults().readIntervention(json))
        .isEqualTo(ToolkitReader.defaults().readIntervention(yaml));
  }

  @Test
  void withNoPathConvertsTheSample() throws IOException {
    Path out = dir.resolve("sample.json");
    CommandRun run = CommandRun.run("convert", "--to", "json", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(ToolkitReader.defaults().readToolkit(out)).isEqualTo(SampleToolkit.load());
  }

  @Test
  void aToolkitFolderBecomesOneFile() {
    Documents.write(dir, "kit/toolkit.yaml", "title: Folder toolkit\n");
    Documents.write(dir, "kit/interventions/homework-club.yaml", Documents.VALID_YAML);
    Documents.write(dir, "kit/interventions/street-football.json", Documents.VALID_JSON);
    CommandRun run = CommandRun.run("convert", dir.resolve("kit").toString(), "--to", "yaml");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("title: Folder toolkit").contains("interventions:")
        .contains("id: homework-club").contains("id: street-football");
  }

  @Test
  void anUnreadableDocumentWritesNothingAndExitsOne() {
    Path bad = Documents.write(dir, "boxing-club.yaml", Documents.UNREADABLE_YAML);
    Path out = dir.resolve("out.json");
    CommandRun run = CommandRun.run("convert", bad.toString(), "--to", "json", "--out", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("boxing-club.yaml:3:").contains("nothing was written");
    assertThat(out).doesNotExist();
    assertThat(dir).isDirectoryNotContaining("glob:**/.toolkit-convert-*");
  }

  @Test
  void theTargetFormatIsRequiredAndChecked() {
    assertThat(CommandRun.run("convert").exitCode()).isEqualTo(2);
    CommandRun xml = CommandRun.run("convert", "--to", "xml");
    assertThat(xml.exitCode()).isEqualTo(2);
    assertThat(xml.err()).contains("xml");
  }

  @Test
  void outMustNotBeAFolder() {
    CommandRun run = CommandRun.run("convert", "--to", "yaml", "--out", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--out names a folder");
  }
}
