package org.evidencetoolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.evidencetoolkit.benchmarks.corpus.Corpus;
import org.evidencetoolkit.benchmarks.corpus.DocumentSize;
import org.evidencetoolkit.benchmarks.corpus.TextProfile;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.render.html.HtmlWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.owasp.encoder.Encode;

/**
 * Escaping a document's words for HTML text content: the toolkit's writer against OWASP's {@code
 * Encode.forHtml} (same output), {@code Encode.forHtmlContent} (quotes left alone) and a plain
 * append of the same text (the copy limit). On the ASCII profile there is nothing to replace, so
 * the toolkit should cost little more than the copy.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@SuppressWarnings("NullAway.Init") // JMH fills the parameters and @Setup the rest before any call
public class EscapeBenchmark {
  /** The text profile. */
  @Param({"ASCII", "TYPOGRAPHIC", "ESCAPE_HEAVY"})
  public TextProfile profile;

  private String[] texts;
  private StringBuilder out;

  /** Collects the document's words, one string per section, title and tip. */
  @Setup
  public void setUp() {
    texts = texts(Corpus.document(DocumentSize.MEDIUM, profile).model());
    out = new StringBuilder(32_768);
  }

  /** The strings a page escapes, in page order. */
  static String[] texts(Intervention i) {
    java.util.List<String> texts = new java.util.ArrayList<>();
    texts.add(i.title());
    texts.add(i.summary());
    texts.add(i.whatIsIt().plainText());
    texts.add(i.effectiveness().plainText());
    texts.add(i.evidenceSecurity().plainText());
    texts.add(i.costDetails().plainText());
    for (ImplementationTip tip : i.implementation()) {
      texts.add(tip.title());
      texts.add(tip.body().plainText());
    }
    texts.add(i.topicSummary().plainText());
    return texts.toArray(new String[0]);
  }

  /** What the last call wrote. */
  String output() {
    return out.toString();
  }

  /** The toolkit's HTML writer, text by text. */
  @Benchmark
  public int ours() {
    StringBuilder sb = out;
    sb.setLength(0);
    HtmlWriter writer = new HtmlWriter(sb);
    for (String text : texts) {
      writer.text(text);
    }
    return sb.length();
  }

  /** OWASP's {@code forHtml}, whose output the toolkit's writer matches exactly. */
  @Benchmark
  public int owaspForHtml() {
    StringBuilder sb = out;
    sb.setLength(0);
    for (String text : texts) {
      sb.append(Encode.forHtml(text));
    }
    return sb.length();
  }

  /** OWASP's {@code forHtmlContent}, which leaves quotes alone (text content only). */
  @Benchmark
  public int owaspForHtmlContent() {
    StringBuilder sb = out;
    sb.setLength(0);
    for (String text : texts) {
      sb.append(Encode.forHtmlContent(text));
    }
    return sb.length();
  }

  /** The copy limit: the same text appended unescaped. */
  @Benchmark
  public int plainAppend() {
    StringBuilder sb = out;
    sb.setLength(0);
    for (String text : texts) {
      sb.append(text);
    }
    return sb.length();
  }
}
