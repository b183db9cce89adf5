package org.evidencetoolkit.model;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.evidencetoolkit.model.text.Block;
import org.evidencetoolkit.model.text.BulletList;
import org.evidencetoolkit.model.text.Emphasis;
import org.evidencetoolkit.model.text.Inline;
import org.evidencetoolkit.model.text.Link;
import org.evidencetoolkit.model.text.OrderedList;
import org.evidencetoolkit.model.text.Paragraph;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.Strong;
import org.evidencetoolkit.model.text.Text;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

// Not toolkit-testing's generators: that module depends on this one, so using them is a cycle.
/**
 * Small QuickTheories generators of model values for this module's own properties: every value they
 * make is constructible, many are editorially wrong, some are hostile (control characters, broken
 * surrogates, odd addresses, extreme numbers). The rich public generators live in {@code
 * toolkit-testing}.
 */
public final class ModelGen {
  private ModelGen() {}

  /** Ids drawn from a small pool, so that toolkits repeat ids and related ids often resolve. */
  public static final List<String> ID_POOL =
      List.of("mentoring", "focused-deterrence", "a", "cbt", "boot-camps", "Mentoring", "x y");

  private static final List<String> WORDS =
      List.of(
          "Mentoring",
          "mentoring",
          "school",
          "trauma",
          "violence",
          "Community",
          "review",
          "CBT",
          "ÉCOLE",
          "ecole");

  /** Titles that tie when case and accents are ignored, so that title sorting meets ties. */
  private static final List<String> TITLES =
      List.of("Mentoring", "mentoring", "MENTORING", "École", "ecole", "Boot camps", "boot camps");

  private static final List<String> HOSTILE =
      List.of(
          "",
          " ",
          "\t",
          "line\nbreak",
          "nul\u0000",
          "\u00A0no-break\u00A0",
          "\u200B",
          "\uD800",
          "x\uDC00",
          "😀 emoji",
          "\u202Eevil",
          "<script>alert(1)</script>",
          "[link](javascript:alert(1))",
          "**bold**",
          "İstanbul",
          "Straße",
          "\u001B[31mred",
          "a".repeat(300));

  private static final List<String> URIS =
      List.of(
          "https://example.org/page",
          "HTTPS://EXAMPLE.ORG",
          "https://example.org:443/",
          "http://example.org",
          "http://example.org:8080/a/../b?q=1#f",
          "mailto:someone@example.org",
          "MAILTO:someone@example.org?subject=hi",
          "mailto:?subject=x",
          "mailto:nobody",
          "javascript:x",
          "javascript:alert(1)",
          "data:text/html,x",
          "http:/x",
          "http:x",
          "https://user@example.org",
          "http://exa_mple.org",
          "//example.org/path",
          "/relative",
          "relative",
          "",
          "?q",
          "#fragment",
          "ftp://example.org/file",
          "file:///etc/passwd",
          "urn:isbn:0451450523",
          "https://[::1]/x");

  /** Text: plain words, hostile strings, and arbitrary UTF-16 (unpaired surrogates included). */
  public static Gen<String> texts() {
    return Generate.frequency(
        List.of(
            org.quicktheories.api.Pair.of(4, words()),
            org.quicktheories.api.Pair.of(2, Generate.pick(HOSTILE)),
            org.quicktheories.api.Pair.of(
                1, strings().betweenCodePoints(0, 0xFFFF).ofLengthBetween(0, 12)),
            org.quicktheories.api.Pair.of(1, strings().allPossible().ofLengthBetween(0, 8))));
  }

  /** One to three words from a small vocabulary, so that text queries find something. */
  public static Gen<String> words() {
    return lists().of(Generate.pick(WORDS)).ofSizeBetween(1, 3).map(ws -> String.join(" ", ws));
  }

  /** Ids: mostly from {@link #ID_POOL}, sometimes anything at all. */
  public static Gen<String> ids() {
    return Generate.frequency(
        List.of(
            org.quicktheories.api.Pair.of(4, Generate.pick(ID_POOL)),
            org.quicktheories.api.Pair.of(1, texts())));
  }

  /** Addresses from well-formed to hostile, plus generated https ones. */
  public static Gen<URI> uris() {
    Gen<URI> odd = Generate.pick(URIS).map(URI::create);
    Gen<URI> made = words().map(w -> URI.create("https://example.org/" + w.replace(' ', '-')));
    return odd.mix(made, 30);
  }

  /** Estimates: band boundaries, ordinary numbers, and extreme exponents. */
  public static Gen<BigDecimal> estimates() {
    Gen<BigDecimal> boundaries =
        Generate.pick(
                List.of(
                    "30",
                    "29.99",
                    "10",
                    "9.99",
                    "2",
                    "1.99",
                    "0",
                    "-1.99",
                    "-2",
                    "-50",
                    "21.0",
                    "1E+999999999",
                    "-1E-999999999",
                    "1E+2"))
            .map(s -> new BigDecimal(s));
    Gen<BigDecimal> ordinary =
        integers()
            .between(-10_000, 10_000)
            .zip(
                integers().between(0, 2), (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    return boundaries.mix(ordinary, 60);
  }

  /** Any impact rating, often inconsistent with its band. */
  public static Gen<ImpactRating> impactRatings() {
    return Generate.enumValues(ImpactBand.class)
        .zip(
            estimates().toOptionals(40),
            (band, estimate) ->
                estimate.map(e -> ImpactRating.of(band, e)).orElseGet(() -> ImpactRating.of(band)));
  }

  /** Settings: mostly built in, sometimes made up or hostile. */
  public static Gen<Setting> settings() {
    return Generate.pick(Setting.builtIns())
        .mix(texts().map(code -> Setting.of(code, "Made up")), 25);
  }

  /** Sectors: mostly built in, sometimes made up or hostile. */
  public static Gen<Sector> sectors() {
    return Generate.pick(Sector.builtIns())
        .mix(texts().map(code -> Sector.of(code, "Made up")), 25);
  }

  /** Inlines nested at most {@code depth} deep. */
  public static Gen<Inline> inlines(int depth) {
    Gen<Inline> text = texts().map(Text::new);
    if (depth == 0) {
      return text;
    }
    Gen<List<Inline>> children = lists().of(inlines(depth - 1)).ofSizeBetween(0, 3);
    return Generate.frequency(
        List.of(
            org.quicktheories.api.Pair.of(5, text),
            org.quicktheories.api.Pair.of(1, children.map(c -> new Emphasis(c))),
            org.quicktheories.api.Pair.of(1, children.map(c -> new Strong(c))),
            org.quicktheories.api.Pair.of(2, uris().zip(children, Link::new))));
  }

  /** Rich text of up to three paragraphs and flat lists. */
  public static Gen<RichText> richTexts() {
    Gen<List<Inline>> content = lists().of(inlines(2)).ofSizeBetween(0, 3);
    Gen<List<List<Inline>>> items = lists().of(content).ofSizeBetween(0, 3);
    Gen<Block> block =
        Generate.frequency(
            List.of(
                org.quicktheories.api.Pair.of(4, content.map(c -> new Paragraph(c))),
                org.quicktheories.api.Pair.of(1, items.map(i -> new BulletList(i))),
                org.quicktheories.api.Pair.of(1, items.map(i -> new OrderedList(i)))));
    return lists().of(block).ofSizeBetween(0, 3).map(RichText::new);
  }

  /** An implementation tip. */
  public static Gen<ImplementationTip> tips() {
    return texts().zip(richTexts(), ImplementationTip::of);
  }

  /** A resource, with or without description and address. */
  public static Gen<Resource> resources() {
    return texts()
        .zip(
            texts().toOptionals(50),
            uris().toOptionals(20),
            (title, description, url) ->
                Resource.builder().title(title).description(description).url(url).build());
  }

  /** Any constructible intervention. */
  public static Gen<Intervention> interventions() {
    Gen<String> text = texts();
    Gen<String> titles = Generate.pick(TITLES).mix(text, 60);
    Gen<RichText> rich = richTexts();
    Gen<ImpactRating> impact = impactRatings();
    Gen<EvidenceRating> evidence = Generate.enumValues(EvidenceRating.class);
    Gen<CostRating> cost = Generate.enumValues(CostRating.class);
    Gen<OptionalInt> studies =
        integers()
            .between(0, 300)
            .toOptionals(50)
            .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    Gen<Boolean> headline = booleans().all();
    Gen<List<PreventionType>> prevention =
        lists().of(Generate.enumValues(PreventionType.class)).ofSizeBetween(0, 4);
    Gen<List<Setting>> settingList = lists().of(settings()).ofSizeBetween(0, 3);
    Gen<List<Sector>> sectorList = lists().of(sectors()).ofSizeBetween(0, 3);
    Gen<List<ImplementationTip>> tipList = lists().of(tips()).ofSizeBetween(0, 3);
    Gen<List<Resource>> resourceList = lists().of(resources()).ofSizeBetween(0, 3);
    Gen<List<String>> related = lists().of(ids()).ofSizeBetween(0, 3);
    Gen<java.util.Optional<LocalDate>> updated =
        integers().between(0, 20_000).map(d -> LocalDate.ofEpochDay(d)).toOptionals(50);
    return in ->
        Intervention.builder()
            .id(ids().generate(in))
            .title(titles.generate(in))
            .summary(text.generate(in))
            .impact(impact.generate(in))
            .evidence(evidence.generate(in))
            .cost(cost.generate(in))
            .studyCount(studies.generate(in))
            .headlineOnly(headline.generate(in))
            .preventionTypes(prevention.generate(in))
            .settings(settingList.generate(in))
            .sectors(sectorList.generate(in))
            .whatIsIt(rich.generate(in))
            .effectiveness(rich.generate(in))
            .evidenceSecurity(rich.generate(in))
            .costDetails(rich.generate(in))
            .implementation(tipList.generate(in))
            .topicSummary(rich.generate(in))
            .resources(resourceList.generate(in))
            .related(related.generate(in))
            .lastUpdated(updated.generate(in))
            .build();
  }

  /**
   * A toolkit of up to eight interventions, ids often repeated, vocabularies sometimes declared.
   */
  public static Gen<Toolkit> toolkits() {
    Gen<List<Intervention>> interventions = lists().of(interventions()).ofSizeBetween(0, 8);
    Gen<List<Setting>> declaredSettings =
        lists().of(texts().map(code -> Setting.of(code, "Declared"))).ofSizeBetween(0, 2);
    Gen<List<Sector>> declaredSectors =
        lists().of(texts().map(code -> Sector.of(code, "Declared"))).ofSizeBetween(0, 2);
    return in ->
        Toolkit.builder()
            .title(texts().generate(in))
            .settings(declaredSettings.generate(in))
            .sectors(declaredSectors.generate(in))
            .interventions(new ArrayList<>(interventions.generate(in)))
            .build();
  }

  /** Any query: each filter present or not, bars only at levels. */
  public static Gen<ToolkitQuery> queries() {
    Gen<EvidenceRating> evidence =
        Generate.pick(List.of(EvidenceRating.values()).subList(1, EvidenceRating.values().length));
    Gen<CostRating> cost =
        Generate.pick(List.of(CostRating.values()).subList(1, CostRating.values().length));
    Gen<String> setting = Generate.pick(Setting.builtIns()).map(Setting::code);
    Gen<String> sector = Generate.pick(Sector.builtIns()).map(Sector::code);
    Gen<String> text =
        Generate.pick(
            List.of("mentoring", "SCHOOL", " trauma ", "review", "é", "", "x", "school cbt"));
    return in ->
        ToolkitQuery.builder()
            .preventionType(Generate.enumValues(PreventionType.class).toOptionals(70).generate(in))
            .setting(setting.toOptionals(75).generate(in))
            .sector(sector.toOptionals(75).generate(in))
            .band(Generate.enumValues(ImpactBand.class).toOptionals(75).generate(in))
            .minEvidence(evidence.toOptionals(75).generate(in))
            .maxCost(cost.toOptionals(75).generate(in))
            .text(text.toOptionals(75).generate(in))
            .sortBy(Generate.enumValues(SortKey.class).toOptionals(30).generate(in))
            .build();
  }
}
