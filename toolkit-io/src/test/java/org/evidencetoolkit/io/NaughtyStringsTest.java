package org.evidencetoolkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Big List of Naughty Strings in every text field of a toolkit — ids, titles, summary, codes
 * and labels, tip titles, resource titles and descriptions, related ids, and rich text (plain, in
 * emphasis, strong, link text and list items) — survives write then read unchanged in JSON and
 * YAML. The one documented rule that changes anything: rich text is compared in its normal form
 * (U+0000 becomes U+FFFD as CommonMark requires; empty text drops out).
 */
class NaughtyStringsTest {
  private static final ToolkitWriter JSON =
      ToolkitWriter.builder().format(DocumentFormat.JSON).build();
  private static final ToolkitWriter YAML = ToolkitWriter.defaults();

  /** The 515 strings of {@code blns.json}. */
  static List<String> naughtyStrings() throws Exception {
    try (InputStream in = Objects.requireNonNull(
        NaughtyStringsTest.class.getResourceAsStream("/corpora/blns/blns.json"))) {
      return List.of(JsonMapper.builder().build().readValue(in.readAllBytes(), String[].class));
    }
  }

  /** The byte sequences of {@code blns.base64.json} that are not UTF-8 (JSON cannot carry them). */
  static List<byte[]> invalidUtf8() throws Exception {
    try (InputStream in = Objects.requireNonNull(
        NaughtyStringsTest.class.getResourceAsStream("/corpora/blns/blns.base64.json"))) {
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("\"([A-Za-z0-9+/=]*)\"").matcher(json);
      List<byte[]> out = new ArrayList<>();
      while (m.find()) {
        byte[] bytes = Base64.getDecoder().decode(m.group(1));
        try {
          StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
        } catch (java.nio.charset.CharacterCodingException e) {
          out.add(bytes);
        }
      }
      return out;
    }
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedWithALocatedEncodingProblem() throws Exception {
    List<byte[]> invalid = invalidUtf8();
    assertThat(invalid).hasSize(66);
    for (byte[] naughty : invalid) {
      for (DocumentFormat format : DocumentFormat.values()) {
        java.io.ByteArrayOutputStream doc = new java.io.ByteArrayOutputStream();
        String head = format == DocumentFormat.JSON ? "{\"id\": \"x\",\n \"title\": \"" : "id: x\ntitle: \"";
        doc.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        doc.writeBytes(naughty);
        doc.writeBytes((format == DocumentFormat.JSON ? "\"}" : "\"\n").getBytes(StandardCharsets.UTF_8));
        try {
          ToolkitReader.defaults().with(format)
              .readIntervention(Source.named("naughty").bytes(doc.toByteArray()));
          org.junit.jupiter.api.Assertions.fail("accepted bytes that are not UTF-8");
        } catch (ToolkitFormatException e) {
          Problem p = e.problems().get(0);
          assertThat(p.kind()).isEqualTo(Problem.Kind.ENCODING);
          assertThat(p.line()).isEqualTo(2);
          assertThat(p.column()).isGreaterThanOrEqualTo(format == DocumentFormat.JSON ? 12 : 9);
          assertThat(p.message()).contains("not UTF-8");
        }
      }
    }
  }

  static Stream<Arguments> strings() throws Exception {
    List<String> all = naughtyStrings();
    return IntStream.range(0, all.size()).mapToObj(i -> Arguments.of(i, all.get(i)));
  }

  @Test
  void theListIsComplete() throws Exception {
    assertThat(naughtyStrings()).hasSize(515);
  }

  static RichText rich(String s) {
    return RichText.of(
        new Paragraph(List.of(new Text(s))),
        new Paragraph(List.of(new Text("a "), new Emphasis(List.of(new Text(s))), new Text(" b "),
            new Strong(List.of(new Text(s))), new Text(" "),
            new Link(URI.create("https://example.org/"), List.of(new Text(s))))),
        new BulletList(List.of(List.of(new Text(s)), List.of(new Text("x")))),
        new OrderedList(List.of(List.of(new Strong(List.of(new Text(s), new Emphasis(
            List.of(new Text(s))))))))) ;
  }

  static Toolkit toolkitOf(String s) {
    Intervention intervention = Intervention.builder()
        .id(s).title(s).summary(s)
        .impact(ImpactRating.builder().band(ImpactBand.INSUFFICIENT_EVIDENCE).measure(s).build())
        .addSetting(Setting.of(s, s)).addSector(Sector.of(s, s))
        .whatIsIt(rich(s)).effectiveness(rich(s)).evidenceSecurity(rich(s)).costDetails(rich(s))
        .addImplementation(ImplementationTip.of(s, rich(s)))
        .topicSummary(rich(s))
        .putSection(s, rich(s))
        .addResource(Resource.builder().title(s).description(s)
            .url(URI.create("https://example.org/")).build())
        .addRelated(s)
        .build();
    // every free-text part of a profile: wordings, outcome, scale version, label text
    Profile profile = Profile.builder().name("naughty")
        .addMeasure(Measure.builder().id("m").outcome(s).unit("u").better(s + Measure.VALUE)
            .worse(Measure.VALUE + s).none(s).build())
        .impactScale(ImpactScale.builder().from(ImpactScale.defaults()).version(s).build())
        .putLabel("rating.evidence", s)
        .build();
    return Toolkit.builder().title(s).about(rich(s))
        .source(Resource.builder().title(s).description(s).build())
        .profile(profile)
        .addSetting(Setting.of("declared-setting", s)).addSector(Sector.of("declared-sector", s))
        .addIntervention(intervention).build();
  }

  /** The toolkit as a reader returns it: rich text in normal form. */
  static Toolkit expected(Toolkit t) {
    Intervention i = t.interventions().get(0);
    Intervention normal = Intervention.builder().from(i)
        .whatIsIt(RichTextMarkdown.normalize(i.whatIsIt()))
        .effectiveness(RichTextMarkdown.normalize(i.effectiveness()))
        .evidenceSecurity(RichTextMarkdown.normalize(i.evidenceSecurity()))
        .costDetails(RichTextMarkdown.normalize(i.costDetails()))
        .topicSummary(RichTextMarkdown.normalize(i.topicSummary()))
        .sections(i.sections().entrySet().stream().collect(java.util.stream.Collectors.toMap(
            e -> e.getKey(), e -> RichTextMarkdown.normalize(e.getValue()))))
        .implementation(i.implementation().stream()
            .map(tip -> ImplementationTip.of(tip.title(), RichTextMarkdown.normalize(tip.body())))
            .toList())
        .build();
    return Toolkit.builder().from(t).about(RichTextMarkdown.normalize(t.about()))
        .interventions(List.of(normal)).build();
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("strings")
  void survivesWriteAndReadInEveryTextField(int index, String naughty) {
    Toolkit toolkit = toolkitOf(naughty);
    Toolkit expected = expected(toolkit);
    for (ToolkitWriter writer : List.of(JSON, YAML)) {
      String text = writer.writeAsString(toolkit);
      Toolkit read = ToolkitReader.defaults().with(writer.format())
          .readToolkit(Source.named("blns-" + index).text(text));
      assertThat(read).as(writer.format() + "\n" + text).isEqualTo(expected);
      assertThat(read.settings().get(0).label()).isEqualTo(naughty);
      assertThat(read.sectors().get(0).label()).isEqualTo(naughty);
      assertThat(read.interventions().get(0).settings().get(0).code()).isEqualTo(naughty);
      // a second write changes nothing
      assertThat(writer.writeAsString(read)).isEqualTo(text);
    }
  }
}
