package org.evidencetoolkit.io.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.internal.Node.ArrayNode;
import org.evidencetoolkit.io.internal.Node.Member;
import org.evidencetoolkit.io.internal.Node.ObjectNode;
import org.evidencetoolkit.io.internal.Node.ScalarNode;
import org.evidencetoolkit.io.internal.Node.ScalarType;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.PreventionType;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Suggestions;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;
import org.jspecify.annotations.Nullable;

/**
 * Binds a located tree to the model, reporting every problem with its position and pointer and
 * carrying on, so one read reports all of them. A value is built only when its part of the tree
 * had no problem, unless the binder is {@linkplain #keepingWhatReads() keeping what reads}.
 */
public final class Binder {
  /** Estimates beyond these many digits either side of the point are refused as hostile. */
  public static final int MAX_ESTIMATE_DIGITS = 20;

  private final SourceText source;
  private final ProblemCollector problems;

  private boolean keepWhatReads;

  /** A binder reporting to {@code problems}, locating in {@code source}. */
  public Binder(SourceText source, ProblemCollector problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Where problems go. */
  ProblemCollector problems() {
    return problems;
  }

  /** The text being bound. */
  SourceText source() {
    return source;
  }

  /**
   * This binder, keeping what reads: a value with problems inside is still returned when what it
   * cannot be built without (an intervention's id, title and impact; a toolkit's title) read, so
   * that content rules can judge the rest in the same run. Every problem is still reported.
   */
  public Binder keepingWhatReads() {
    this.keepWhatReads = true;
    return this;
  }

  /** Labels for setting and sector codes: a toolkit's declarations over the built-ins. */
  public record Vocabulary(Map<String, Setting> settings, Map<String, Sector> sectors) {
    /** The built-ins, made once. */
    static final Vocabulary BUILT_INS = builtIns();

    /** The built-in settings and sectors. */
    public static Vocabulary builtIns() {
      return of(List.of(), List.of());
    }

    /** The built-ins with these declarations over them. */
    public static Vocabulary of(List<Setting> declaredSettings, List<Sector> declaredSectors) {
      Map<String, Setting> settings = new LinkedHashMap<>();
      Setting.builtIns().forEach(s -> settings.put(s.code(), s));
      declaredSettings.forEach(s -> settings.put(s.code(), s));
      Map<String, Sector> sectors = new LinkedHashMap<>();
      Sector.builtIns().forEach(s -> sectors.put(s.code(), s));
      declaredSectors.forEach(s -> sectors.put(s.code(), s));
      return new Vocabulary(settings, sectors);
    }

    Setting setting(String code) {
      Setting known = settings.get(code);
      return known != null ? known : Setting.of(code, code);
    }

    Sector sector(String code) {
      Sector known = sectors.get(code);
      return known != null ? known : Sector.of(code, code);
    }
  }

  /**
   * The parts of a toolkit document other than its interventions. When {@code complete} is false
   * some part had a problem (already reported) and stands at a placeholder; the head still serves
   * to bind the interventions, so that their problems are reported in the same pass.
   */
  public record ToolkitHead(
      boolean complete, String title, RichText about, @Nullable Resource source, Profile profile,
      List<Setting> settings, List<Sector> sectors, @Nullable ArrayNode interventions,
      String interventionsPointer) {
    /** A toolkit of these parts and the interventions. */
    public Toolkit toolkit(List<Intervention> interventions) {
      Toolkit.Builder b = Toolkit.builder().title(title).about(about).profile(profile)
          .settings(settings).sectors(sectors).interventions(interventions);
      if (source != null) {
        b.source(source);
      }
      return b.build();
    }
  }

  // ---------------------------------------------------------------- toolkit

  /**
   * The toolkit fields of a toolkit document, {@linkplain ToolkitHead#complete() incomplete}
   * after problems, or null if the document is not an object at all.
   */
  public @Nullable ToolkitHead toolkitHead(Node root) {
    int before = problems.size();
    ObjectNode object = object(root, "", "the toolkit");
    if (object == null) {
      return null;
    }
    knownFields(object, "", FormatNames.TOOLKIT, "a toolkit");
    formatVersion(object, "");
    String title = requiredString(object, "", "title");
    RichText about = richText(object, "", "about");
    Resource source = null;
    Member sourceMember = present(object, "source");
    if (sourceMember != null) {
      source = resource(sourceMember.value(), "/source");
    }
    Profile profile = new ProfileBinder(this).profile(object);
    List<Setting> settings = vocabulary(object, "settings", Setting::of);
    List<Sector> sectors = vocabulary(object, "sectors", Sector::of);
    Member interventions = object.member("interventions");
    ArrayNode list = null;
    if (interventions != null && !isNull(interventions.value())) {
      list = array(interventions.value(), "/interventions", "interventions");
    }
    boolean complete = problems.size() == before && title != null && profile != null;
    return new ToolkitHead(complete, title == null ? "" : title, about, source,
        profile == null ? Profile.yef() : profile, settings, sectors, list, "/interventions");
  }

  /** The ids a toolkit folder's {@code toolkit} file lists, in order, or null after problems. */
  public @Nullable List<String> idList(ArrayNode list, String pointer) {
    int before = problems.size();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String text = text(item, pointer + "/" + i, "an intervention id",
          "in a toolkit folder, \"interventions\" lists ids and each intervention is its own file");
      if (text != null) {
        ids.add(text);
      }
    }
    return problems.size() > before && !keepWhatReads ? null : ids;
  }

  /** Binds the interventions listed inline in a single-file toolkit. */
  public @Nullable List<Intervention> inlineInterventions(
      ArrayNode list, String pointer, Vocabulary vocabulary) {
    int before = problems.size();
    List<Intervention> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String p = pointer + "/" + i;
      if (item instanceof ScalarNode scalar && scalar.type() == ScalarType.STRING) {
        problems.add(Problem.Kind.WRONG_TYPE, source, item.where(), p,
            "\"interventions\" should hold intervention objects, found the text \""
                + Messages.clip(scalar.text()) + "\"; lists of ids belong in a toolkit folder");
        continue;
      }
      Intervention intervention = intervention(item, p, vocabulary);
      if (intervention != null) {
        out.add(intervention);
      }
    }
    return problems.size() > before && !keepWhatReads ? null : out;
  }

  private <T> List<T> vocabulary(
      ObjectNode object, String field, java.util.function.BiFunction<String, String, T> make) {
    Member member = object.member(field);
    List<T> out = new ArrayList<>();
    if (member == null || isNull(member.value())) {
      return out;
    }
    String pointer = "/" + field;
    ArrayNode list = array(member.value(), pointer, field);
    if (list == null) {
      return out;
    }
    for (int i = 0; i < list.items().size(); i++) {
      String p = pointer + "/" + i;
      ObjectNode entry = object(list.items().get(i), p, "a vocabulary entry with code and label");
      if (entry == null) {
        continue;
      }
      knownFields(entry, p, FormatNames.VOCABULARY, "a vocabulary entry");
      String code = requiredString(entry, p, "code");
      String label = optionalString(entry, p, "label");
      if (code != null) {
        out.add(make.apply(code, label == null ? code : label));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- intervention

  /** An intervention, or null after problems. */
  public @Nullable Intervention intervention(Node node, String pointer, Vocabulary vocabulary) {
    int before = problems.size();
    ObjectNode object = object(node, pointer, "an intervention");
    if (object == null) {
      return null;
    }
    knownFields(object, pointer, FormatNames.INTERVENTION, "an intervention");
    formatVersion(object, pointer);
    Intervention.Builder b = Intervention.builder();
    String id = requiredString(object, pointer, "id");
    String title = requiredString(object, pointer, "title");
    ImpactRating impact = impact(object, pointer);
    if (id != null) {
      b.id(id);
    }
    if (title != null) {
      b.title(title);
    }
    if (impact != null) {
      b.impact(impact);
    }
    String summary = optionalString(object, pointer, "summary");
    if (summary != null) {
      b.summary(summary);
    }
    b.evidence(evidence(object, pointer));
    b.cost(cost(object, pointer));
    Member studies = present(object, "studyCount");
    if (studies != null) {
      Integer count = studyCount(studies.value(), pointer + "/studyCount");
      if (count != null) {
        b.studyCount(count);
      }
    }
    Member headlineOnly = present(object, "headlineOnly");
    if (headlineOnly != null) {
      Boolean flag = flag(headlineOnly.value(), pointer + "/headlineOnly", "\"headlineOnly\"");
      if (flag != null) {
        b.headlineOnly(flag);
      }
    }
    b.preventionTypes(
        list(object, pointer, "preventionTypes", (n, p) -> enumValue(n, p, "a prevention type",
            PreventionType.values())));
    b.settings(list(object, pointer, "settings",
        (n, p) -> {
          String code = text(n, p, "a setting code", null);
          return code == null ? null : vocabulary.setting(code);
        }));
    b.sectors(list(object, pointer, "sectors",
        (n, p) -> {
          String code = text(n, p, "a sector code", null);
          return code == null ? null : vocabulary.sector(code);
        }));
    b.whatIsIt(richText(object, pointer, "whatIsIt"));
    b.effectiveness(richText(object, pointer, "effectiveness"));
    b.evidenceSecurity(richText(object, pointer, "evidenceSecurity"));
    b.costDetails(richText(object, pointer, "costDetails"));
    b.implementation(list(object, pointer, "implementation", this::tip));
    b.topicSummary(richText(object, pointer, "topicSummary"));
    b.sections(sections(object, pointer));
    b.resources(list(object, pointer, "resources", this::resource));
    b.related(list(object, pointer, "related", (n, p) -> text(n, p, "an intervention id", null)));
    Member updated = present(object, "lastUpdated");
    if (updated != null) {
      LocalDate date = date(updated.value(), pointer + "/lastUpdated");
      if (date != null) {
        b.lastUpdated(date);
      }
    }
    if (problems.size() > before
        && (!keepWhatReads || id == null || title == null || impact == null)) {
      return null;
    }
    return b.build();
  }

  private @Nullable ImpactRating impact(ObjectNode object, String pointer) {
    String p = pointer + "/impact";
    Member member = present(object, "impact");
    if (member == null) {
      missing(object, pointer, "impact", " (e.g. impact: { band: insufficient-evidence })");
      return null;
    }
    ObjectNode impact = object(member.value(), p, "the impact (band and estimate)");
    if (impact == null) {
      return null;
    }
    knownFields(impact, p, FormatNames.IMPACT, "the impact");
    Member bandMember = present(impact, "band");
    ImpactBand band = null;
    if (bandMember == null) {
      missing(impact, p, "band", "");
    } else {
      band = enumValue(bandMember.value(), p + "/band", "an impact band", ImpactBand.values());
    }
    Member estimateMember = present(impact, "estimate");
    BigDecimal estimate = null;
    if (estimateMember != null) {
      estimate = decimal(estimateMember.value(), p + "/estimate", "estimate",
          "the estimated change in the measure, positive = better");
    }
    Member measureMember = present(impact, "measure");
    String measure = null;
    if (measureMember != null) {
      measure = text(measureMember.value(), p + "/measure", "a measure id",
          "\"measure\" names one of the profile's measures, e.g. measure: crime");
    }
    if (band == null) {
      return null;
    }
    ImpactRating.Builder rating = ImpactRating.builder().band(band);
    if (estimate != null) {
      rating.estimate(estimate);
    }
    if (measure != null) {
      rating.measure(measure);
    }
    return rating.build();
  }

  /**
   * A number within {@value #MAX_ESTIMATE_DIGITS} digits either side of the point, or null after
   * a problem.
   *
   * @param field the field's name, for messages
   * @param meaning what the number means, for the message when it is not a number
   */
  @Nullable BigDecimal decimal(Node node, String pointer, String field, String meaning) {
    if (!(node instanceof ScalarNode scalar)
        || (scalar.type() != ScalarType.INTEGER && scalar.type() != ScalarType.DECIMAL)) {
      wrongType(node, pointer, "\"" + field + "\"", "a number (" + meaning + ")");
      return null;
    }
    BigDecimal value;
    try {
      value = new BigDecimal(scalar.text());
    } catch (NumberFormatException e) {
      badValue(node, pointer, "\"" + Messages.clip(scalar.text())
          + "\" is not a finite decimal number; write \"" + field + "\" like 21 or -3.5");
      return null;
    }
    if (!withinEstimateRange(value)) {
      badValue(node, pointer, "\"" + field + "\" " + Messages.clip(scalar.text())
          + " has more than " + MAX_ESTIMATE_DIGITS
          + " digits before or after the decimal point");
      return null;
    }
    return value;
  }

  /** Whether an estimate can be written out in full without absurd length. */
  public static boolean withinEstimateRange(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    int integerDigits = stripped.precision() - stripped.scale();
    return integerDigits <= MAX_ESTIMATE_DIGITS && stripped.scale() <= MAX_ESTIMATE_DIGITS;
  }

  private @Nullable Integer studyCount(Node node, String pointer) {
    if (!(node instanceof ScalarNode scalar) || scalar.type() != ScalarType.INTEGER) {
      wrongType(node, pointer, "\"studyCount\"", "a whole number");
      return null;
    }
    BigInteger value;
    try {
      value = new BigInteger(scalar.text());
    } catch (NumberFormatException e) {
      wrongType(node, pointer, "\"studyCount\"", "a whole number");
      return null;
    }
    if (value.signum() < 0 || value.bitLength() > 31) {
      badValue(node, pointer, "\"studyCount\" must be a count from 0 to " + Integer.MAX_VALUE
          + ", was " + Messages.clip(scalar.text()));
      return null;
    }
    return value.intValue();
  }

  private @Nullable Boolean flag(Node node, String pointer, String field) {
    if (!(node instanceof ScalarNode scalar) || scalar.type() != ScalarType.BOOLEAN) {
      wrongType(node, pointer, field, "true or false");
      return null;
    }
    return Boolean.valueOf(scalar.text());
  }

  private EvidenceRating evidence(ObjectNode object, String pointer) {
    Member member = present(object, "evidence");
    if (member == null) {
      return EvidenceRating.NOT_RATED;
    }
    Integer level = level(member.value(), pointer + "/evidence", "evidence", false);
    return level == null || level == 0 ? EvidenceRating.NOT_RATED : EvidenceRating.ofLevel(level);
  }

  private CostRating cost(ObjectNode object, String pointer) {
    Member member = present(object, "cost");
    if (member == null) {
      return CostRating.NOT_RATED;
    }
    Integer level = level(member.value(), pointer + "/cost", "cost", true);
    return level == null || level == 0 ? CostRating.NOT_RATED : CostRating.ofLevel(level);
  }

  /** A level 1–5, 0 for not rated, or null after a problem. */
  private @Nullable Integer level(Node node, String pointer, String field, boolean cost) {
    String allowed = "1, 2, 3, 4, 5 or \"not-rated\"" + (cost ? " (or \"?\")" : "");
    if (node instanceof ScalarNode scalar) {
      if (scalar.type() == ScalarType.INTEGER) {
        String t = scalar.text();
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '5') {
          return t.charAt(0) - '0';
        }
        badValue(node, pointer, "\"" + field + "\" must be " + allowed + ", was "
            + Messages.clip(t));
        return null;
      }
      if (scalar.type() == ScalarType.STRING || scalar.plain()) {
        String t = scalar.text();
        if (t.equals(FormatNames.NOT_RATED) || (cost && t.equals(FormatNames.UNKNOWN_COST))) {
          return 0;
        }
        String hint = Suggestions.closest(t, List.of(FormatNames.NOT_RATED))
            .map(s -> "; did you mean \"" + s + "\"?").orElse("");
        badValue(node, pointer, "\"" + field + "\" must be " + allowed + ", was \""
            + Messages.clip(t) + "\"" + hint);
        return null;
      }
    }
    wrongType(node, pointer, "\"" + field + "\"", allowed);
    return null;
  }

  private @Nullable ImplementationTip tip(Node node, String pointer) {
    ObjectNode object = object(node, pointer, "an implementation tip (title and body)");
    if (object == null) {
      return null;
    }
    knownFields(object, pointer, FormatNames.TIP, "an implementation tip");
    String title = requiredString(object, pointer, "title");
    RichText body = richText(object, pointer, "body");
    return title == null ? null : ImplementationTip.of(title, body);
  }

  @Nullable Resource resource(Node node, String pointer) {
    ObjectNode object = object(node, pointer, "a resource (title, description, url)");
    if (object == null) {
      return null;
    }
    knownFields(object, pointer, FormatNames.RESOURCE, "a resource");
    String title = requiredString(object, pointer, "title");
    String description = optionalString(object, pointer, "description");
    URI url = null;
    Member urlMember = present(object, "url");
    if (urlMember != null) {
      String text = text(urlMember.value(), pointer + "/url", "a URL", null);
      if (text != null) {
        try {
          url = new URI(text);
        } catch (URISyntaxException e) {
          badValue(urlMember.value(), pointer + "/url", "\"" + Messages.clip(text)
              + "\" is not a valid URL: " + e.getReason() + " at index " + e.getIndex());
        }
      }
    }
    if (title == null) {
      return null;
    }
    Resource.Builder b = Resource.builder().title(title);
    if (description != null) {
      b.description(description);
    }
    if (url != null) {
      b.url(url);
    }
    return b.build();
  }

  private @Nullable LocalDate date(Node node, String pointer) {
    String text = text(node, pointer, "a date (YYYY-MM-DD)", null);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      badValue(node, pointer, "\"" + Messages.clip(text)
          + "\" is not a date; write it as YYYY-MM-DD, e.g. 2024-05-01");
      return null;
    }
  }

  RichText richText(ObjectNode object, String pointer, String field) {
    Member member = present(object, field);
    if (member == null) {
      return RichText.empty();
    }
    return markdown(member.value(), pointer + "/" + field, field);
  }

  /**
   * An intervention's custom sections, by id in the order written. Any key is taken: whether the
   * profile lists and names the section is the {@code section.known} content rule's business, so
   * a draft with a new section still loads. A null value leaves the section out, like a null
   * field.
   */
  private Map<String, RichText> sections(ObjectNode object, String pointer) {
    Map<String, RichText> out = new LinkedHashMap<>();
    Member member = present(object, "sections");
    if (member == null) {
      return out;
    }
    String p = pointer + "/sections";
    ObjectNode sections = object(member.value(), p,
        "the custom sections (section id: Markdown text)");
    if (sections == null) {
      return out;
    }
    for (Member section : sections.members()) {
      if (!isNull(section.value())) {
        out.put(section.name(), markdown(section.value(),
            p + "/" + Pointers.escape(section.name()), "sections/" + Messages.clip(section.name())));
      }
    }
    return out;
  }

  /** Rich text from a Markdown value; empty after problems. */
  private RichText markdown(Node value, String p, String field) {
    String markdown = text(value, p, "Markdown text", null);
    if (markdown == null) {
      return RichText.empty();
    }
    MarkdownReader.Result result = MarkdownReader.read(markdown);
    RichText text = result.text();
    if (text == null) {
      boolean multiline = markdown.indexOf('\n') >= 0 || markdown.indexOf('\r') >= 0;
      for (MarkdownReader.Issue issue : result.issues()) {
        problems.add(Problem.Kind.BAD_MARKDOWN, source, value.where(), p,
            "\"" + field + "\" has " + issue.message()
                + (multiline ? " on line " + issue.line() + " of the text" : "")
                + "; rich text allows paragraphs, flat lists, *emphasis*, **strong** and"
                + " [links](https://example.org)");
      }
      return RichText.empty();
    }
    return text;
  }

  // ---------------------------------------------------------------- helpers

  private interface ItemBinder<T> {
    @Nullable T bind(Node node, String pointer);
  }

  private <T> List<T> list(ObjectNode object, String pointer, String field, ItemBinder<T> item) {
    Member member = present(object, field);
    List<T> out = new ArrayList<>();
    if (member == null) {
      return out;
    }
    String p = pointer + "/" + field;
    ArrayNode array = array(member.value(), p, field);
    if (array == null) {
      return out;
    }
    for (int i = 0; i < array.items().size(); i++) {
      T value = item.bind(array.items().get(i), p + "/" + i);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  private <E extends Enum<E>> @Nullable E enumValue(
      Node node, String pointer, String what, E[] values) {
    String text = text(node, pointer, what, null);
    if (text == null) {
      return null;
    }
    for (E value : values) {
      if (Slugs.kebab(value).equals(text)) {
        return value;
      }
    }
    List<String> names = Arrays.stream(values).map(Slugs::kebab).toList();
    String hint = Suggestions.closest(text, names).map(s -> "did you mean \"" + s + "\"? ")
        .orElse("");
    badValue(node, pointer, "\"" + Messages.clip(text) + "\" is not " + what + "; " + hint
        + "expected " + Messages.choices(names));
    return null;
  }

  private void formatVersion(ObjectNode object, String pointer) {
    Member member = present(object, "formatVersion");
    if (member == null) {
      return;
    }
    String p = pointer + "/formatVersion";
    Node node = member.value();
    if (node instanceof ScalarNode scalar && scalar.type() == ScalarType.INTEGER) {
      BigInteger version = new BigInteger(scalar.text());
      if (version.equals(BigInteger.valueOf(FormatNames.VERSION))) {
        return;
      }
      if (version.compareTo(BigInteger.valueOf(FormatNames.VERSION)) > 0) {
        problems.add(Problem.Kind.VERSION, source, node.where(), p,
            "the document is format version " + Messages.clip(scalar.text())
                + ", newer than version " + FormatNames.VERSION
                + " that this reader understands; use a newer Evidence Toolkit");
        return;
      }
    }
    problems.add(Problem.Kind.VERSION, source, node.where(), p,
        "\"formatVersion\" must be " + FormatNames.VERSION + " (or left out), was "
            + describeValue(node));
  }

  void knownFields(ObjectNode object, String pointer, List<String> known, String what) {
    for (Member member : object.members()) {
      if (!known.contains(member.name())) {
        String hint = Suggestions.closest(member.name(), known)
            .map(s -> "did you mean \"" + s + "\"?")
            .orElse("the fields of " + what + " are " + String.join(", ", known));
        problems.add(Problem.Kind.UNKNOWN_FIELD, source, member.nameWhere(),
            pointer + "/" + Pointers.escape(member.name()),
            "unknown field \"" + Messages.clip(member.name()) + "\" in " + what + "; " + hint);
      }
    }
  }

  @Nullable String requiredString(ObjectNode object, String pointer, String field) {
    Member member = present(object, field);
    if (member == null) {
      missing(object, pointer, field, "");
      return null;
    }
    return text(member.value(), pointer + "/" + Pointers.escape(field), "text", null);
  }

  @Nullable String optionalString(ObjectNode object, String pointer, String field) {
    Member member = present(object, field);
    if (member == null) {
      return null;
    }
    return text(member.value(), pointer + "/" + Pointers.escape(field), "text", null);
  }

  /** A member whose value is not null. */
  static @Nullable Member present(ObjectNode object, String field) {
    Member member = object.member(field);
    return member == null || isNull(member.value()) ? null : member;
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.type() == ScalarType.NULL;
  }

  /**
   * Text, or null after a problem. An unquoted YAML scalar that YAML would read as a number or
   * boolean is taken as the text it spells ({@code title: 2024}), as a YAML author expects.
   */
  @Nullable String text(Node node, String pointer, String what, @Nullable String hint) {
    if (node instanceof ScalarNode scalar
        && (scalar.type() == ScalarType.STRING
            || (scalar.plain() && scalar.type() != ScalarType.NULL))) {
      return scalar.text();
    }
    problems.add(Problem.Kind.WRONG_TYPE, source, node.where(), pointer,
        "expected " + what + ", found " + describeValue(node) + (hint == null ? "" : "; " + hint));
    return null;
  }

  @Nullable ObjectNode object(Node node, String pointer, String what) {
    if (node instanceof ObjectNode object) {
      return object;
    }
    problems.add(Problem.Kind.WRONG_TYPE, source, node.where(), pointer,
        "expected " + what + " as an object of fields, found " + describeValue(node));
    return null;
  }

  @Nullable ArrayNode array(Node node, String pointer, String field) {
    if (node instanceof ArrayNode array) {
      return array;
    }
    problems.add(Problem.Kind.WRONG_TYPE, source, node.where(), pointer,
        "\"" + field + "\" should be a list, found " + describeValue(node));
    return null;
  }

  void wrongType(Node node, String pointer, String field, String expected) {
    problems.add(Problem.Kind.WRONG_TYPE, source, node.where(), pointer,
        field + " should be " + expected + ", found " + describeValue(node));
  }

  void badValue(Node node, String pointer, String message) {
    problems.add(Problem.Kind.BAD_VALUE, source, node.where(), pointer, message);
  }

  void missing(ObjectNode object, String pointer, String field, String example) {
    problems.add(Problem.Kind.MISSING_FIELD, source, object.where(),
        pointer + "/" + Pointers.escape(field),
        "missing required field \"" + field + "\"" + example);
  }

  static String describeValue(Node node) {
    if (node instanceof ScalarNode scalar) {
      return switch (scalar.type()) {
        case STRING -> "the text \"" + Messages.clip(scalar.text()) + "\"";
        case INTEGER, DECIMAL -> "the number " + Messages.clip(scalar.text());
        case BOOLEAN -> scalar.text();
        case NULL -> "nothing (null)";
      };
    }
    return node.describe();
  }
}
