package org.evidencetoolkit.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.Source;
import org.evidencetoolkit.io.ToolkitReader;
import org.evidencetoolkit.io.ToolkitWriter;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.testing.internal.DocumentText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reading and writing hold under any generated profile, in JSON and in YAML: what is written reads
 * back as an equal model value, and writing what was read gives the same bytes. For a whole toolkit
 * (the profile inside it) and for a single intervention whose profile comes from a separate
 * toolkit document, as the command line's {@code --profile FILE} reads it.
 */
class ProfileRoundTripTest {
  private static final ToolkitReader READER = ToolkitReader.defaults();

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void toolkitsUnderAnyProfileReadBackEqualAndRewriteTheSame(DocumentFormat format) {
    ToolkitWriter writer = ToolkitWriter.builder().format(format).build();
    qt().withExamples(500)
        .forAll(Generators.toolkitsUnderProfiles())
        .checkAssert(
            t -> {
              String written = writer.writeAsString(t);
              Toolkit read = READER.with(format)
                  .readToolkit(Source.named("generated").text(written));
              assertThat(read).isEqualTo(t);
              assertThat(read.profile()).isEqualTo(t.profile());
              assertThat(writer.writeAsString(read)).isEqualTo(written);
            });
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void anInterventionWithASeparateProfileReadsBackEqual(DocumentFormat format) {
    ToolkitWriter writer = ToolkitWriter.builder().format(format).build();
    qt().withExamples(1_000)
        .forAll(UnderProfile.generated())
        .checkAssert(
            u -> {
              String profileDocument = writer.writeAsString(DocumentText.profileDocument(u.profile()));
              Profile profile = READER.with(format)
                  .readProfile(Source.named("profile").text(profileDocument));
              assertThat(profile).isEqualTo(u.profile());
              assertThat(writer.writeAsString(DocumentText.profileDocument(profile)))
                  .isEqualTo(profileDocument);

              String written = writer.writeAsString(u.intervention());
              Intervention read = READER.with(format)
                  .readIntervention(Source.named("intervention").text(written));
              assertThat(read).isEqualTo(u.intervention());
              assertThat(writer.writeAsString(read)).isEqualTo(written);
            });
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void toolkitFoldersUnderAnyProfileReadBackEqual(DocumentFormat format) throws IOException {
    ToolkitWriter writer = ToolkitWriter.builder().format(format).build();
    Path root = Files.createTempDirectory("profile-round-trip");
    try {
      int[] n = new int[1];
      qt().withExamples(100)
          .forAll(Generators.toolkitsUnderProfiles())
          .checkAssert(
              t -> {
                Path folder = root.resolve("t" + n[0]++);
                try {
                  writer.writeFolder(t, folder);
                  assertThat(READER.readToolkit(folder)).isEqualTo(t);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } finally {
      try (Stream<Path> paths = Files.walk(root)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(DocumentFormat.class)
  void theRoundTripCheckCanFail(DocumentFormat format) {
    // Control case: a toolkit read back without its profile is not equal, so the check bites.
    ToolkitWriter writer = ToolkitWriter.builder().format(format).build();
    assertThatThrownBy(
            () ->
                qt().withExamples(50).withShrinkCycles(10)
                    .forAll(Generators.toolkitsUnderProfiles())
                    .checkAssert(
                        t -> {
                          Toolkit read =
                              READER.with(format)
                                  .readToolkit(
                                      Source.named("generated").text(writer.writeAsString(t)));
                          assertThat(Toolkit.builder().from(read).profile(Profile.yef()).build())
                              .isEqualTo(t);
                        }))
        .isInstanceOf(AssertionError.class);
  }
}
