package org.evidencetoolkit.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencetoolkit.io.Problem;
import org.evidencetoolkit.io.internal.Node.ArrayNode;
import org.evidencetoolkit.io.internal.Node.Member;
import org.evidencetoolkit.io.internal.Node.ObjectNode;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.LabelKeys;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Suggestions;
import org.evidencetoolkit.model.rules.RuleIds;
import org.jspecify.annotations.Nullable;

/**
 * Binds a toolkit document's {@code profile} (SPEC §11), reporting through its {@link Binder}
 * every problem the model's constructors would otherwise refuse with an {@link
 * IllegalStateException} — a name or id that is not kebab-case, an {@code extends} other than
 * {@code yef}, no measures, a measure id or section id listed twice, a wording without {@code {0}},
 * thresholds that do not rise, a rule given two settings — plus what only the format can judge:
 * unknown label keys and rule ids (with the closest known one), a malformed language tag. The
 * profile is built only when all of it was valid.
 *
 * <p>Every attribute left out is inherited from {@link Profile#yef()}; so is the name, which makes
 * {@code profile: {}} the built-in profile itself.
 */
final class ProfileBinder {
  private static final String KEBAB_HINT =
      "lower-case letters and digits joined by single hyphens, e.g. behind-the-average";

  private final Binder binder;

  ProfileBinder(Binder binder) {
    this.binder = binder;
  }

  /** The profile of a toolkit object: {@link Profile#yef()} when it has none; null after problems. */
  @Nullable Profile profile(ObjectNode toolkit) {
    Member member = Binder.present(toolkit, "profile");
    if (member == null) {
      return Profile.yef();
    }
    String p = "/profile";
    int before = binder.problems().size();
    ObjectNode object = binder.object(member.value(), p, "the profile");
    if (object == null) {
      return null;
    }
    binder.knownFields(object, p, FormatNames.PROFILE, "a profile");
    Profile.Builder b = Profile.builder();
    String name = kebab(object, p, "name", "a profile name");
    b.name(name == null ? Profile.YEF : name);
    Member base = Binder.present(object, "extends");
    if (base != null) {
      String text = binder.text(base.value(), p + "/extends", "the name of a built-in profile",
          null);
      if (text != null && !text.equals(Profile.YEF)) {
        binder.badValue(base.value(), p + "/extends", "\"extends\" names \"" + Messages.clip(text)
            + "\", which is not a built-in profile; the only built-in is \"" + Profile.YEF
            + "\" (or leave \"extends\" out: every profile extends \"" + Profile.YEF + "\")");
      } else if (text != null) {
        b.base(text);
      }
    }
    Member language = Binder.present(object, "language");
    if (language != null) {
      String tag = language(language.value(), p + "/language");
      if (tag != null) {
        b.language(tag);
      }
    }
    Member measures = Binder.present(object, "measures");
    if (measures != null) {
      List<Measure> list = measures(measures.value(), p + "/measures");
      if (list != null) {
        b.measures(list);
      }
    }
    Member scale = Binder.present(object, "impactScale");
    if (scale != null) {
      ImpactScale impactScale = scale(scale.value(), p + "/impactScale");
      if (impactScale != null) {
        b.impactScale(impactScale);
      }
    }
    // Label keys are checked against the sections the profile lists (section.<id> is known for
    // each), even when the list has a problem of its own, so one mistake is not reported twice.
    List<String> sectionIds = Profile.yef().sections();
    Member sections = Binder.present(object, "sections");
    if (sections != null) {
      List<String> ids = sections(sections.value(), p + "/sections");
      if (ids != null) {
        b.sections(ids);
        sectionIds = ids;
      }
    }
    Member labels = Binder.present(object, "labels");
    if (labels != null) {
      b.labels(labels(labels.value(), p + "/labels", sectionIds));
    }
    Member rules = Binder.present(object, "rules");
    if (rules != null) {
      RuleSettings settings = rules(rules.value(), p + "/rules");
      if (settings != null) {
        b.rules(settings);
      }
    }
    if (binder.problems().size() > before) {
      return null;
    }
    return b.build();
  }

  /** An optional kebab-case text field; null when absent or after a problem. */
  private @Nullable String kebab(ObjectNode object, String pointer, String field, String what) {
    String text = binder.optionalString(object, pointer, field);
    if (text == null) {
      return null;
    }
    if (!Slugs.isSlug(text)) {
      Member member = object.member(field);
      binder.badValue(member == null ? object : member.value(), pointer + "/" + field,
          what + " must be kebab-case (" + KEBAB_HINT + "), was \"" + Messages.clip(text) + "\"");
      return null;
    }
    return text;
  }

  private @Nullable String language(Node node, String pointer) {
    String tag = binder.text(node, pointer, "a language tag", null);
    if (tag == null) {
      return null;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return tag;
    } catch (IllformedLocaleException e) {
      binder.badValue(node, pointer, "\"" + Messages.clip(tag)
          + "\" is not a BCP 47 language tag; write it like en-GB, cy or fr-CA");
      return null;
    }
  }

  // ---------------------------------------------------------------- measures

  private @Nullable List<Measure> measures(Node node, String pointer) {
    ArrayNode list = binder.array(node, pointer, "measures");
    if (list == null) {
      return null;
    }
    if (list.items().isEmpty()) {
      binder.badValue(node, pointer, "a profile needs at least one measure; list the measures its"
          + " estimates are given in (the first is the default), or leave \"measures\" out to"
          + " keep yef's violence and crime");
      return null;
    }
    int before = binder.problems().size();
    List<Measure> out = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.items().size(); i++) {
      String p = pointer + "/" + i;
      Node item = list.items().get(i);
      Measure measure = measure(item, p);
      if (measure == null) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(measure.id(), i);
      if (earlier != null) {
        ObjectNode object = (ObjectNode) item;
        Member id = object.member("id");
        binder.problems().add(Problem.Kind.DUPLICATE_KEY, binder.source(),
            id == null ? item.where() : id.value().where(), p + "/id",
            "the measure \"" + Messages.clip(measure.id()) + "\" is listed twice (also at "
                + pointer + "/" + earlier + "); give each measure its own id");
        continue;
      }
      out.add(measure);
    }
    return binder.problems().size() > before ? null : out;
  }

  private @Nullable Measure measure(Node node, String pointer) {
    ObjectNode object = binder.object(node, pointer,
        "a measure (id, outcome, unit, better, worse, none)");
    if (object == null) {
      return null;
    }
    int before = binder.problems().size();
    binder.knownFields(object, pointer, FormatNames.MEASURE, "a measure");
    String id = requiredKebab(object, pointer, "id", "a measure id");
    String outcome = binder.requiredString(object, pointer, "outcome");
    String unit = requiredKebab(object, pointer, "unit",
        "a unit (percent, months, percentage-points, effect-size or another word)");
    String better = wording(object, pointer, "better", "a positive");
    String worse = wording(object, pointer, "worse", "a negative");
    String none = binder.requiredString(object, pointer, "none");
    if (binder.problems().size() > before || id == null || outcome == null || unit == null
        || better == null || worse == null || none == null) {
      return null;
    }
    return Measure.builder().id(id).outcome(outcome).unit(unit).better(better).worse(worse)
        .none(none).build();
  }

  private @Nullable String requiredKebab(
      ObjectNode object, String pointer, String field, String what) {
    if (Binder.present(object, field) == null) {
      binder.missing(object, pointer, field, "");
      return null;
    }
    return kebab(object, pointer, field, what);
  }

  private @Nullable String wording(ObjectNode object, String pointer, String field, String sign) {
    String text = binder.requiredString(object, pointer, field);
    if (text == null) {
      return null;
    }
    if (!text.contains(Measure.VALUE)) {
      Member member = object.member(field);
      binder.badValue(member == null ? object : member.value(), pointer + "/" + field,
          "the wording \"" + field + "\" must show the estimate with " + Measure.VALUE
              + ", e.g. \"" + (sign.equals("a positive") ? "+{0} months" : "−{0} months")
              + "\"; it is used for " + sign + " estimate, was \"" + Messages.clip(text) + "\"");
      return null;
    }
    return text;
  }

  // ---------------------------------------------------------------- scale

  private @Nullable ImpactScale scale(Node node, String pointer) {
    ObjectNode object = binder.object(node, pointer,
        "the impact scale (version, highFrom, moderateFrom, lowFrom, harmfulTo)");
    if (object == null) {
      return null;
    }
    int before = binder.problems().size();
    binder.knownFields(object, pointer, FormatNames.SCALE, "an impact scale");
    String version = binder.requiredString(object, pointer, "version");
    // Thresholds from the lowest up, as they must rise.
    List<String> fields = List.of("harmfulTo", "lowFrom", "moderateFrom", "highFrom");
    List<BigDecimal> values = new ArrayList<>();
    for (String field : fields) {
      Member member = Binder.present(object, field);
      if (member == null) {
        binder.missing(object, pointer, field, "");
        continue;
      }
      BigDecimal value = binder.decimal(member.value(), pointer + "/" + field, field,
          "a threshold of the impact scale");
      if (value != null) {
        values.add(canonical(value));
      }
    }
    if (values.size() == fields.size()) {
      for (int i = 1; i < fields.size(); i++) {
        String lower = fields.get(i - 1);
        String upper = fields.get(i);
        if (values.get(i).compareTo(values.get(i - 1)) <= 0) {
          Member member = object.member(upper);
          binder.badValue(member == null ? object : member.value(), pointer + "/" + upper,
              "the thresholds must rise (harmfulTo < lowFrom < moderateFrom < highFrom), but \""
                  + upper + "\" " + values.get(i).toPlainString() + " is not above \""
                  + lower + "\" " + values.get(i - 1).toPlainString());
        }
      }
    }
    if (binder.problems().size() > before || version == null || values.size() != fields.size()) {
      return null;
    }
    return ImpactScale.builder().version(version).harmfulTo(values.get(0))
        .lowFrom(values.get(1)).moderateFrom(values.get(2)).highFrom(values.get(3)).build();
  }

  /**
   * A threshold without trailing zeros, whole numbers at scale 0, as {@link
   * org.evidencetoolkit.model.ImpactRating} holds estimates: {@code 30.0} and {@code 30} are one
   * threshold, so a scale written as {@code 30.0} equals the default and is not written back.
   */
  static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  // ---------------------------------------------------------------- sections, labels, rules

  /** The section ids as listed (even when some are faulty), or null if it is not a list. */
  private @Nullable List<String> sections(Node node, String pointer) {
    ArrayNode list = binder.array(node, pointer, "sections");
    if (list == null) {
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      String p = pointer + "/" + i;
      String id = binder.text(item, p, "a section id", null);
      if (id == null) {
        continue;
      }
      if (!Slugs.isSlug(id)) {
        binder.badValue(item, p, "a section id must be kebab-case (" + KEBAB_HINT + "), was \""
            + Messages.clip(id) + "\"");
      } else if (ids.contains(id)) {
        binder.problems().add(Problem.Kind.DUPLICATE_KEY, binder.source(), item.where(), p,
            "the section \"" + id + "\" is listed twice (also at " + pointer + "/"
                + ids.indexOf(id) + "); a section appears once on a page, so keep one");
        continue;
      }
      ids.add(id);
    }
    return ids;
  }

  private Map<String, String> labels(Node node, String pointer, List<String> sectionIds) {
    Map<String, String> out = new LinkedHashMap<>();
    ObjectNode object = binder.object(node, pointer, "the labels (label key: text)");
    if (object == null) {
      return out;
    }
    for (Member member : object.members()) {
      String key = member.name();
      String p = pointer + "/" + Pointers.escape(key);
      if (!LabelKeys.isKnown(key, sectionIds)) {
        String hint = Suggestions.closest(key, LabelKeys.candidates(sectionIds))
            .map(s -> "did you mean \"" + s + "\"?")
            .orElse(key.startsWith("section.")
                ? "a custom section's heading is known once the profile lists the section in"
                    + " \"sections\""
                : "the label keys are listed in the toolkit-render README");
        binder.problems().add(Problem.Kind.BAD_VALUE, binder.source(), member.nameWhere(), p,
            "unknown label key \"" + Messages.clip(key) + "\"; " + hint);
      }
      if (Binder.isNull(member.value())) {
        continue;
      }
      String text = binder.text(member.value(), p, "the label's text", null);
      if (text != null) {
        out.put(key, text);
      }
    }
    return out;
  }

  private @Nullable RuleSettings rules(Node node, String pointer) {
    ObjectNode object = binder.object(node, pointer,
        "the rule settings (off, warning, error: lists of rule ids)");
    if (object == null) {
      return null;
    }
    int before = binder.problems().size();
    binder.knownFields(object, pointer, FormatNames.RULES, "the rule settings");
    Map<String, String> settingOf = new HashMap<>();
    List<List<String>> lists = new ArrayList<>();
    for (String setting : FormatNames.RULES) {
      List<String> ids = new ArrayList<>();
      lists.add(ids);
      Member member = Binder.present(object, setting);
      if (member == null) {
        continue;
      }
      String p = pointer + "/" + setting;
      ArrayNode list = binder.array(member.value(), p, setting);
      if (list == null) {
        continue;
      }
      for (int i = 0; i < list.items().size(); i++) {
        Node item = list.items().get(i);
        String ip = p + "/" + i;
        String id = binder.text(item, ip, "a rule id", null);
        if (id == null) {
          continue;
        }
        if (!RuleIds.all().contains(id)) {
          String hint = Suggestions.closest(id, RuleIds.all())
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("the rule ids are " + String.join(", ", RuleIds.all()));
          binder.badValue(item, ip, "unknown rule id \"" + Messages.clip(id) + "\"; " + hint);
          continue;
        }
        String earlier = settingOf.putIfAbsent(id, setting);
        if (earlier != null) {
          binder.problems().add(Problem.Kind.DUPLICATE_KEY, binder.source(), item.where(), ip,
              earlier.equals(setting)
                  ? "the rule \"" + id + "\" is listed twice in \"" + setting + "\"; keep one"
                  : "the rule \"" + id + "\" is given two settings, \"" + earlier + "\" and \""
                      + setting + "\"; keep one");
          continue;
        }
        ids.add(id);
      }
    }
    if (binder.problems().size() > before) {
      return null;
    }
    // FormatNames.RULES is off, warning, error
    return RuleSettings.builder().off(lists.get(0)).warning(lists.get(1)).error(lists.get(2))
        .build();
  }
}
