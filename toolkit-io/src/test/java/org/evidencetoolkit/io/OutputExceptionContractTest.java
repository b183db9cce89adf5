package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.ToolkitDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one output contract: writing to a caller's {@link Appendable} throws {@link
 * UncheckedIOException} wrapping the sink's own {@link IOException}; writing files the writer
 * opens itself throws {@link IOException}. And the {@code writeAsString} forms give what {@code
 * write} gives.
 */
class OutputExceptionContractTest {
  private final IOException full = new IOException("the disk is full");

  /** A sink that fails on its first character. */
  private final Appendable broken = new Appendable() {
    @Override
    public Appendable append(CharSequence csq) throws IOException {
      throw full;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) throws IOException {
      throw full;
    }

    @Override
    public Appendable append(char c) throws IOException {
      throw full;
    }
  };

  @TempDir Path dir;

  @Test
  void aFailingSinkIsAnUncheckedIoExceptionWrappingItsOwn() {
    ToolkitWriter json = ToolkitWriter.builder().format(DocumentFormat.JSON).build();
    for (ToolkitWriter writer : new ToolkitWriter[] {ToolkitWriter.defaults(), json}) {
      assertThatThrownBy(() -> writer.write(Samples.full(), broken))
          .isInstanceOf(UncheckedIOException.class).hasCause(full);
      assertThatThrownBy(() -> writer.write(Samples.toolkit(), broken))
          .isInstanceOf(UncheckedIOException.class).hasCause(full);
    }
    assertThatThrownBy(() -> HeadlineCsv.write(Samples.toolkit(), broken))
        .isInstanceOf(UncheckedIOException.class).hasCause(full);
    assertThatThrownBy(() -> DiffJson.write(
        ToolkitDiff.between(Samples.toolkit(), Samples.learning()), broken))
        .isInstanceOf(UncheckedIOException.class).hasCause(full);
  }

  @Test
  void writeAsStringIsWhatWriteWrites() {
    for (DocumentFormat format : DocumentFormat.values()) {
      ToolkitWriter writer = ToolkitWriter.builder().format(format).build();
      StringBuilder one = new StringBuilder();
      writer.write(Samples.full(), one);
      assertThat(writer.writeAsString(Samples.full())).isEqualTo(one.toString()).isNotEmpty();
      StringBuilder whole = new StringBuilder();
      writer.write(Samples.toolkit(), whole);
      assertThat(writer.writeAsString(Samples.toolkit())).isEqualTo(whole.toString());
    }
    StringBuilder diff = new StringBuilder();
    var changes = ToolkitDiff.between(Samples.toolkit(), Samples.learning());
    DiffJson.write(changes, diff);
    assertThat(DiffJson.writeAsString(changes)).isEqualTo(diff.toString()).contains("\"changes\"");
  }

  @Test
  void aFolderNeedsSlugIdsTheSameDefinitionTheIdRuleUses() throws IOException {
    for (String id : new String[] {"Mentoring", "mentoring_1", "v1.2", "-x", "a--b"}) {
      Toolkit t = Toolkit.builder().title("T").addIntervention(
          Intervention.builder().from(Samples.rated()).id(id).build()).build();
      assertThatThrownBy(() -> ToolkitWriter.defaults().writeFolder(t, dir.resolve("t")))
          .as(id).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("\"" + id + "\"").hasMessageContaining("single hyphens");
    }
    assertThat(dir.resolve("t")).doesNotExist();
    Toolkit ok = Toolkit.builder().title("T").addIntervention(
        Intervention.builder().from(Samples.rated()).id("mentoring-2").build()).build();
    ToolkitWriter.defaults().writeFolder(ok, dir.resolve("ok"));
    assertThat(Files.exists(dir.resolve("ok/interventions/mentoring-2.yaml"))).isTrue();
  }

  @Test
  void aFolderThatCannotBeWrittenIsACheckedIoException() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    assertThatThrownBy(() -> ToolkitWriter.defaults().writeFolder(Samples.toolkit(), file))
        .isInstanceOf(IOException.class);
  }
}
