package org.evidencetoolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The command run as a separate JVM, for what only a real process shows: its own standard input,
 * its exit status, and a small heap.
 *
 * @param exitCode the real exit status
 * @param out standard output, UTF-8
 * @param err standard error, UTF-8
 */
record ChildJvm(int exitCode, String out, String err) {

  /** Runs {@code toolkit args} with {@code -Xmx<heap>} and {@code stdin} on standard input. */
  static ChildJvm run(String heap, String stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap,
        "-cp", System.getProperty("java.class.path"),
        ToolkitCommand.class.getName()));
    command.addAll(List.of(args));
    return start(new ProcessBuilder(command), stdin);
  }

  /**
   * Starts a process, feeds it {@code stdin}, and waits up to two minutes for its exit status,
   * standard output and standard error: the one way the CLI tests run a real process.
   */
  static ChildJvm start(ProcessBuilder builder, String stdin)
      throws IOException, InterruptedException {
    Process process = builder.start();
    CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
      try (OutputStream in = process.getOutputStream()) {
        in.write(stdin.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        // The command may finish without reading its input; that is not this test's business.
      }
    });
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return process.getErrorStream().readAllBytes();
      } catch (IOException e) {
        return new byte[0];
      }
    });
    byte[] out = process.getInputStream().readAllBytes();
    boolean ended = process.waitFor(120, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("the command ended").isTrue();
    feed.join();
    return new ChildJvm(process.exitValue(), new String(out, StandardCharsets.UTF_8),
        new String(err.join(), StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
