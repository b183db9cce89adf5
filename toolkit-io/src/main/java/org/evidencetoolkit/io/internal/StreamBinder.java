package org.evidencetoolkit.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.io.DocumentFormat;
import org.evidencetoolkit.io.ReadLimits;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.RichTextNormalForm;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * The happy path of reading an intervention: binds straight from Jackson's streaming parser to
 * the model, with no located tree in between, and gives up (returns null) at the first thing that
 * is not plainly right, so that the located pass ({@link TreeReader} and {@link Binder}) reads
 * the document again and reports exactly what it always has.
 *
 * <p>It accepts only what the located pass accepts without a problem, and builds what that pass
 * would build: it is a narrower reading of the same definition, never a second one. Anything
 * doubtful gives up rather than decides: a null value, a duplicate or unknown key, a value of an
 * unexpected token type (so YAML's {@code title: 2024}, which the located pass takes as text, is
 * left to it), a string or number past a limit, half a surrogate pair, Markdown outside the
 * subset, a YAML anchor, alias or tag, a second document, or any exception of the parser or the
 * model. {@code StreamBinderTest} holds the two paths to equal models and equal problems.
 */
public final class StreamBinder {
  /** Ends the happy path; the located pass takes over. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    GiveUp() {
      super("not the happy path", null, false, false);
    }
  }

  /** The deepest an intervention document nests: document, list, list item. */
  private static final int DEPTH = 3;

  private final JsonParser p;
  /** The text of a YAML source, for finding anchors, aliases and tags; empty for JSON. */
  private final String text;
  private final ReadLimits limits;
  private final boolean yaml;
  /**
   * Whether each string must be searched for an unpaired surrogate; false when the document
   * cannot spell one ({@link SourceText#mayHoldUnpairedSurrogates()}), so every search would fail.
   */
  private final boolean checkSurrogates;
  private long tokens;
  private long cursorCodePoints;
  private int cursorChars;

  private StreamBinder(
      JsonParser p, String text, ReadLimits limits, boolean yaml, boolean checkSurrogates) {
    this.p = p;
    this.text = text;
    this.limits = limits;
    this.yaml = yaml;
    this.checkSurrogates = checkSurrogates;
  }

  /**
   * The intervention of a standalone intervention document, or null when the located pass must
   * read it (which then also finds every problem there is).
   */
  public static @Nullable Intervention intervention(
      TreeReader trees, SourceText source, DocumentFormat format, ReadLimits limits) {
    return intervention(trees, source, format, limits, source.mayHoldUnpairedSurrogates());
  }

  /**
   * As {@link #intervention(TreeReader, SourceText, DocumentFormat, ReadLimits)}, searching every
   * string for an unpaired surrogate: the plain path, the reference of the differential test
   * that holds the skipped search to the same results.
   */
  public static @Nullable Intervention interventionCheckingEveryString(
      TreeReader trees, SourceText source, DocumentFormat format, ReadLimits limits) {
    return intervention(trees, source, format, limits, true);
  }

  private static @Nullable Intervention intervention(
      TreeReader trees, SourceText source, DocumentFormat format, ReadLimits limits,
      boolean checkSurrogates) {
    boolean yaml = format == DocumentFormat.YAML;
    if (limits.maxDepth() < DEPTH
        || (yaml && !TreeReader.yamlTextIsClean(source.text(), limits))) {
      return null;
    }
    try (JsonParser parser = trees.parser(source, format)) {
      StreamBinder binder = new StreamBinder(
          parser, yaml ? source.text() : "", limits, yaml, checkSurrogates);
      Intervention intervention = binder.intervention();
      if (binder.next() != null) {
        return null; // a second value or document: the located pass says so
      }
      return intervention;
    } catch (RuntimeException notTheHappyPath) {
      // GiveUp, a parser's exception, or a model check: the located pass reports it
      return null;
    }
  }

  private @Nullable JsonToken next() {
    JsonToken token = p.nextToken();
    if (token == null) {
      return null;
    }
    if (++tokens > limits.maxTokens()) {
      throw new GiveUp();
    }
    if (yaml && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
      yamlFeature();
    }
    return token;
  }

  private JsonToken value() {
    JsonToken token = next();
    if (token == null || token == JsonToken.VALUE_NULL) {
      throw new GiveUp();
    }
    return token;
  }

  /**
   * Gives up on a YAML anchor, alias or tag: a node's start is where its properties begin, and
   * those start with '&amp;', '*' or '!' (see {@code TreeReader}'s check, which reports them).
   */
  private void yamlFeature() {
    YAMLParser yamlParser = (YAMLParser) p;
    if (yamlParser.isCurrentAlias()) {
      throw new GiveUp();
    }
    long codePoints = p.currentTokenLocation().getCharOffset();
    if (codePoints < 0) {
      throw new GiveUp();
    }
    if (codePoints < cursorCodePoints) {
      cursorCodePoints = 0;
      cursorChars = 0;
    }
    while (cursorCodePoints < codePoints && cursorChars < text.length()) {
      cursorChars += Character.charCount(text.codePointAt(cursorChars));
      cursorCodePoints++;
    }
    char c = cursorChars < text.length() ? text.charAt(cursorChars) : ' ';
    if (c == '*' || c == '&' || c == '!') {
      throw new GiveUp();
    }
  }

  private void expect(@Nullable JsonToken token, JsonToken wanted) {
    if (token != wanted) {
      throw new GiveUp();
    }
  }

  private String checked(String s) {
    if (s.length() > limits.maxStringLength()
        || (checkSurrogates && RichTextNormalForm.firstUnpairedSurrogate(s) >= 0)) {
      throw new GiveUp();
    }
    return s;
  }

  private String name() {
    return checked(p.currentName());
  }

  private String string(JsonToken token) {
    expect(token, JsonToken.VALUE_STRING);
    return checked(p.getString());
  }

  private String string() {
    return string(value());
  }

  private RichText markdown() {
    RichText rich = MarkdownReader.read(string()).text();
    if (rich == null) {
      throw new GiveUp();
    }
    return rich;
  }

  private String number(JsonToken token) {
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      throw new GiveUp();
    }
    String digits = p.getString();
    if (digits.length() > limits.maxNumberLength()) {
      throw new GiveUp();
    }
    return digits;
  }

  /** Marks a field seen, giving up on its second appearance. */
  private static int seen(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw new GiveUp();
    }
    return seen | bit;
  }

  private Intervention intervention() {
    expect(next(), JsonToken.START_OBJECT);
    Intervention.Builder b = Intervention.builder();
    int seen = 0;
    for (String field = field(); field != null; field = field()) {
      int index = FormatNames.INTERVENTION.indexOf(field);
      if (index < 0) {
        throw new GiveUp();
      }
      seen = seen(seen, 1 << index);
      switch (field) {
        case "formatVersion" -> {
          if (!number(value()).equals(FormatNames.VERSION_DIGITS)
              || p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw new GiveUp();
          }
        }
        case "id" -> b.id(string());
        case "title" -> b.title(string());
        case "summary" -> b.summary(string());
        case "impact" -> b.impact(impact());
        case "evidence" -> {
          int level = level(false);
          b.evidence(level == 0 ? EvidenceRating.NOT_RATED : EvidenceRating.ofLevel(level));
        }
        case "cost" -> {
          int level = level(true);
          b.cost(level == 0 ? CostRating.NOT_RATED : CostRating.ofLevel(level));
        }
        case "studyCount" -> b.studyCount(studyCount());
        case "headlineOnly" -> {
          JsonToken flag = value();
          if (flag != JsonToken.VALUE_TRUE && flag != JsonToken.VALUE_FALSE) {
            throw new GiveUp();
          }
          b.headlineOnly(flag == JsonToken.VALUE_TRUE);
        }
        case "preventionTypes" -> b.preventionTypes(strings(s -> enumValue(s, PreventionType.values())));
        case "settings" -> b.settings(strings(Binder.Vocabulary.BUILT_INS::setting));
        case "sectors" -> b.sectors(strings(Binder.Vocabulary.BUILT_INS::sector));
        case "whatIsIt" -> b.whatIsIt(markdown());
        case "effectiveness" -> b.effectiveness(markdown());
        case "evidenceSecurity" -> b.evidenceSecurity(markdown());
        case "costDetails" -> b.costDetails(markdown());
        case "implementation" -> b.implementation(tips());
        case "topicSummary" -> b.topicSummary(markdown());
        case "sections" -> b.sections(sections());
        case "resources" -> b.resources(resources());
        case "related" -> b.related(strings(s -> s));
        case "lastUpdated" -> b.lastUpdated(java.time.LocalDate.parse(string()));
        default -> throw new GiveUp();
      }
    }
    if ((seen & (1 << FormatNames.INTERVENTION.indexOf("evidence"))) == 0) {
      b.evidence(EvidenceRating.NOT_RATED); // as the located pass has it
    }
    if ((seen & (1 << FormatNames.INTERVENTION.indexOf("cost"))) == 0) {
      b.cost(CostRating.NOT_RATED);
    }
    int required = (1 << FormatNames.INTERVENTION.indexOf("id"))
        | (1 << FormatNames.INTERVENTION.indexOf("title"))
        | (1 << FormatNames.INTERVENTION.indexOf("impact"));
    if ((seen & required) != required) {
      throw new GiveUp();
    }
    return b.build();
  }

  private ImpactRating impact() {
    expect(value(), JsonToken.START_OBJECT);
    ImpactRating.Builder rating = ImpactRating.builder();
    int seen = 0;
    for (String field = field(); field != null; field = field()) {
      switch (field) {
        case "band" -> {
          seen = seen(seen, 1);
          rating.band(enumValue(string(), ImpactBand.values()));
        }
        case "estimate" -> {
          seen = seen(seen, 2);
          BigDecimal estimate = new BigDecimal(number(value()));
          if (!Binder.withinEstimateRange(estimate)) {
            throw new GiveUp();
          }
          rating.estimate(estimate);
        }
        case "measure" -> {
          seen = seen(seen, 4);
          rating.measure(string());
        }
        default -> throw new GiveUp();
      }
    }
    if ((seen & 1) == 0) {
      throw new GiveUp();
    }
    return rating.build();
  }

  /** A level 1–5, or 0 for not rated. */
  private int level(boolean cost) {
    JsonToken token = value();
    if (token == JsonToken.VALUE_NUMBER_INT) {
      String digits = number(token);
      if (digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '5') {
        return digits.charAt(0) - '0';
      }
      throw new GiveUp();
    }
    String word = string(token);
    if (word.equals(FormatNames.NOT_RATED) || (cost && word.equals(FormatNames.UNKNOWN_COST))) {
      return 0;
    }
    throw new GiveUp();
  }

  private int studyCount() {
    JsonToken token = value();
    expect(token, JsonToken.VALUE_NUMBER_INT);
    BigInteger count = new BigInteger(number(token));
    if (count.signum() < 0 || count.bitLength() > 31) {
      throw new GiveUp();
    }
    return count.intValue();
  }

  private static <E extends Enum<E>> E enumValue(String text, E[] values) {
    for (E value : values) {
      if (org.evidencetoolkit.model.Slugs.kebab(value).equals(text)) {
        return value;
      }
    }
    throw new GiveUp();
  }

  private <T> List<T> strings(java.util.function.Function<String, T> item) {
    expect(value(), JsonToken.START_ARRAY);
    List<T> out = new ArrayList<>();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      if (t == null || t == JsonToken.VALUE_NULL) {
        throw new GiveUp();
      }
      out.add(item.apply(string(t)));
    }
    return out;
  }

  private List<ImplementationTip> tips() {
    return objects(this::tip);
  }

  private ImplementationTip tip() {
    String title = null;
    RichText body = RichText.empty();
    int seen = 0;
    for (String field = field(); field != null; field = field()) {
      switch (field) {
        case "title" -> {
          seen = seen(seen, 1);
          title = string();
        }
        case "body" -> {
          seen = seen(seen, 2);
          body = markdown();
        }
        default -> throw new GiveUp();
      }
    }
    if (title == null) {
      throw new GiveUp();
    }
    return ImplementationTip.of(title, body);
  }

  private Map<String, RichText> sections() {
    expect(value(), JsonToken.START_OBJECT);
    Map<String, RichText> out = new LinkedHashMap<>();
    for (String key = field(); key != null; key = field()) {
      if (out.put(key, markdown()) != null) {
        throw new GiveUp();
      }
    }
    return out;
  }

  private List<Resource> resources() {
    return objects(this::resource);
  }

  private Resource resource() {
    Resource.Builder r = Resource.builder();
    int seen = 0;
    for (String field = field(); field != null; field = field()) {
      switch (field) {
        case "title" -> {
          seen = seen(seen, 1);
          r.title(string());
        }
        case "description" -> {
          seen = seen(seen, 2);
          r.description(string());
        }
        case "url" -> {
          seen = seen(seen, 4);
          try {
            r.url(new URI(string()));
          } catch (java.net.URISyntaxException e) {
            throw new GiveUp();
          }
        }
        default -> throw new GiveUp();
      }
    }
    if ((seen & 1) == 0) {
      throw new GiveUp();
    }
    return r.build();
  }

  /** The next field's name in an object, or null at the object's end. */
  private @Nullable String field() {
    JsonToken token = next();
    if (token == JsonToken.END_OBJECT) {
      return null;
    }
    expect(token, JsonToken.PROPERTY_NAME);
    return name();
  }

  /** An array of objects, each read by {@code object} with the parser on its start. */
  private <T> List<T> objects(java.util.function.Supplier<T> object) {
    expect(value(), JsonToken.START_ARRAY);
    List<T> out = new ArrayList<>();
    for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
      expect(t, JsonToken.START_OBJECT);
      out.add(object.get());
    }
    return out;
  }
}
