package org.evidencetoolkit.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactScale;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.RuleSettings;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.CommonMarkWriter;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.RichTextNormalForm;

/**
 * The canonical tree of a model value: fields in the order of SPEC §3, {@code impact}, {@code
 * evidence} and {@code cost} always present, every other empty field left out, rich text as
 * canonical Markdown, numbers in plain notation.
 *
 * <p>Refuses (with {@link IllegalArgumentException} naming the pointer) what no document can
 * hold: text with an unpaired surrogate, and an estimate with more than {@value
 * Binder#MAX_ESTIMATE_DIGITS} digits either side of the point (which the reader would refuse).
 */
public final class Canonical {
  private Canonical() {}

  /** An intervention document; {@code withVersion} adds {@code formatVersion: 1} first. */
  public static Out.Obj intervention(Intervention i, boolean withVersion, String pointer) {
    List<Out.Field> f = new ArrayList<>();
    if (withVersion) {
      f.add(new Out.Field("formatVersion", new Out.Num(String.valueOf(FormatNames.VERSION))));
    }
    f.add(field("id", str(i.id(), pointer + "/id")));
    f.add(field("title", str(i.title(), pointer + "/title")));
    text(f, "summary", i.summary(), pointer);
    List<Out.Field> impact = new ArrayList<>();
    impact.add(field("band", new Out.Str(FormatNames.kebab(i.impact().band()))));
    if (i.impact().estimate().isPresent()) {
      impact.add(field("estimate", number(i.impact().estimate().get(), pointer + "/impact/estimate")));
    }
    if (i.impact().measure().isPresent()) {
      impact.add(field("measure", str(i.impact().measure().get(), pointer + "/impact/measure")));
    }
    f.add(field("impact", new Out.Obj(impact)));
    f.add(field("evidence", rating(i.evidence())));
    f.add(field("cost", rating(i.cost())));
    if (i.studyCount().isPresent()) {
      f.add(field("studyCount", new Out.Num(String.valueOf(i.studyCount().getAsInt()))));
    }
    if (i.headlineOnly()) {
      f.add(field("headlineOnly", new Out.Bool(true)));
    }
    if (!i.preventionTypes().isEmpty()) {
      f.add(field("preventionTypes", new Out.Arr(
          i.preventionTypes().stream().<Out>map(t -> new Out.Str(FormatNames.kebab(t))).toList())));
    }
    if (!i.settings().isEmpty()) {
      List<Out> codes = new ArrayList<>();
      for (int n = 0; n < i.settings().size(); n++) {
        codes.add(str(i.settings().get(n).code(), pointer + "/settings/" + n));
      }
      f.add(field("settings", new Out.Arr(codes)));
    }
    if (!i.sectors().isEmpty()) {
      List<Out> codes = new ArrayList<>();
      for (int n = 0; n < i.sectors().size(); n++) {
        codes.add(str(i.sectors().get(n).code(), pointer + "/sectors/" + n));
      }
      f.add(field("sectors", new Out.Arr(codes)));
    }
    rich(f, "whatIsIt", i.whatIsIt(), pointer);
    rich(f, "effectiveness", i.effectiveness(), pointer);
    rich(f, "evidenceSecurity", i.evidenceSecurity(), pointer);
    rich(f, "costDetails", i.costDetails(), pointer);
    if (!i.implementation().isEmpty()) {
      List<Out> tips = new ArrayList<>();
      for (int n = 0; n < i.implementation().size(); n++) {
        ImplementationTip tip = i.implementation().get(n);
        String p = pointer + "/implementation/" + n;
        List<Out.Field> tf = new ArrayList<>();
        tf.add(field("title", str(tip.title(), p + "/title")));
        rich(tf, "body", tip.body(), p);
        tips.add(new Out.Obj(tf));
      }
      f.add(field("implementation", new Out.Arr(tips)));
    }
    rich(f, "topicSummary", i.topicSummary(), pointer);
    if (!i.sections().isEmpty()) {
      // Every section is written, an empty one too ({@code ''}): the key is content (it places
      // the section) and the round trip must keep it.
      List<Out.Field> sections = new ArrayList<>();
      for (Map.Entry<String, RichText> section : i.sections().entrySet()) {
        String p = pointer + "/sections/" + Pointers.escape(section.getKey());
        sections.add(field(name(section.getKey(), p),
            str(CommonMarkWriter.canonical().write(section.getValue()), p)));
      }
      f.add(field("sections", new Out.Obj(sections)));
    }
    if (!i.resources().isEmpty()) {
      List<Out> resources = new ArrayList<>();
      for (int n = 0; n < i.resources().size(); n++) {
        resources.add(resource(i.resources().get(n), pointer + "/resources/" + n));
      }
      f.add(field("resources", new Out.Arr(resources)));
    }
    if (!i.related().isEmpty()) {
      List<Out> ids = new ArrayList<>();
      for (int n = 0; n < i.related().size(); n++) {
        ids.add(str(i.related().get(n), pointer + "/related/" + n));
      }
      f.add(field("related", new Out.Arr(ids)));
    }
    if (i.lastUpdated().isPresent()) {
      f.add(field("lastUpdated", new Out.Str(i.lastUpdated().get().toString())));
    }
    return new Out.Obj(f);
  }

  /**
   * A toolkit document. {@code inline} puts the interventions in it; otherwise (the {@code
   * toolkit} file of a folder) it lists their ids, in order.
   */
  public static Out.Obj toolkit(Toolkit t, boolean inline) {
    List<Out.Field> f = new ArrayList<>();
    f.add(new Out.Field("formatVersion", new Out.Num(String.valueOf(FormatNames.VERSION))));
    f.add(field("title", str(t.title(), "/title")));
    rich(f, "about", t.about(), "");
    if (t.source().isPresent()) {
      f.add(field("source", resource(t.source().get(), "/source")));
    }
    if (!t.profile().equals(Profile.yef())) {
      f.add(field("profile", profile(t.profile())));
    }
    if (!t.settings().isEmpty()) {
      List<Out> entries = new ArrayList<>();
      for (int n = 0; n < t.settings().size(); n++) {
        Setting s = t.settings().get(n);
        entries.add(entry(s.code(), s.label(), "/settings/" + n));
      }
      f.add(field("settings", new Out.Arr(entries)));
    }
    if (!t.sectors().isEmpty()) {
      List<Out> entries = new ArrayList<>();
      for (int n = 0; n < t.sectors().size(); n++) {
        Sector s = t.sectors().get(n);
        entries.add(entry(s.code(), s.label(), "/sectors/" + n));
      }
      f.add(field("sectors", new Out.Arr(entries)));
    }
    if (!t.interventions().isEmpty()) {
      List<Out> items = new ArrayList<>();
      for (int n = 0; n < t.interventions().size(); n++) {
        Intervention i = t.interventions().get(n);
        String p = "/interventions/" + n;
        items.add(inline ? intervention(i, false, p) : str(i.id(), p));
      }
      f.add(field("interventions", new Out.Arr(items)));
    }
    return new Out.Obj(f);
  }

  /**
   * A profile, leaving out what equals the inherited value ({@link Profile#yef()}'s): the name
   * {@code yef}, an absent {@code extends}, the language {@code en-GB}, yef's measures, scale and
   * sections, no labels, no rule settings (and, inside the rules, every empty list).
   */
  static Out.Obj profile(Profile profile) {
    Profile yef = Profile.yef();
    String p = "/profile";
    List<Out.Field> f = new ArrayList<>();
    if (!profile.name().equals(yef.name())) {
      f.add(field("name", str(profile.name(), p + "/name")));
    }
    if (profile.base().isPresent()) {
      f.add(field("extends", str(profile.base().get(), p + "/extends")));
    }
    if (!profile.language().equals(yef.language())) {
      f.add(field("language", str(profile.language(), p + "/language")));
    }
    if (!profile.measures().equals(yef.measures())) {
      List<Out> measures = new ArrayList<>();
      for (int n = 0; n < profile.measures().size(); n++) {
        Measure m = profile.measures().get(n);
        String mp = p + "/measures/" + n;
        measures.add(new Out.Obj(List.of(
            field("id", str(m.id(), mp + "/id")),
            field("outcome", str(m.outcome(), mp + "/outcome")),
            field("unit", str(m.unit(), mp + "/unit")),
            field("better", str(m.better(), mp + "/better")),
            field("worse", str(m.worse(), mp + "/worse")),
            field("none", str(m.none(), mp + "/none")))));
      }
      f.add(field("measures", new Out.Arr(measures)));
    }
    if (!profile.impactScale().equals(yef.impactScale())) {
      ImpactScale s = profile.impactScale();
      String sp = p + "/impactScale";
      f.add(field("impactScale", new Out.Obj(List.of(
          field("version", str(s.version(), sp + "/version")),
          field("highFrom", number(s.highFrom(), sp + "/highFrom")),
          field("moderateFrom", number(s.moderateFrom(), sp + "/moderateFrom")),
          field("lowFrom", number(s.lowFrom(), sp + "/lowFrom")),
          field("harmfulTo", number(s.harmfulTo(), sp + "/harmfulTo"))))));
    }
    if (!profile.sections().equals(yef.sections())) {
      f.add(field("sections", strings(profile.sections(), p + "/sections")));
    }
    if (!profile.labels().isEmpty()) {
      List<Out.Field> labels = new ArrayList<>();
      for (Map.Entry<String, String> label : profile.labels().entrySet()) {
        String lp = p + "/labels/" + Pointers.escape(label.getKey());
        labels.add(field(name(label.getKey(), lp), str(label.getValue(), lp)));
      }
      f.add(field("labels", new Out.Obj(labels)));
    }
    RuleSettings rules = profile.rules();
    if (!rules.isEmpty()) {
      List<Out.Field> settings = new ArrayList<>();
      ruleList(settings, "off", rules.off());
      ruleList(settings, "warning", rules.warning());
      ruleList(settings, "error", rules.error());
      f.add(field("rules", new Out.Obj(settings)));
    }
    return new Out.Obj(f);
  }

  private static void ruleList(List<Out.Field> f, String setting, List<String> ids) {
    if (!ids.isEmpty()) {
      f.add(field(setting, strings(ids, "/profile/rules/" + setting)));
    }
  }

  private static Out.Arr strings(List<String> values, String pointer) {
    List<Out> items = new ArrayList<>();
    for (int n = 0; n < values.size(); n++) {
      items.add(str(values.get(n), pointer + "/" + n));
    }
    return new Out.Arr(items);
  }

  private static Out.Obj resource(Resource r, String p) {
    List<Out.Field> rf = new ArrayList<>();
    rf.add(field("title", str(r.title(), p + "/title")));
    if (r.description().isPresent()) {
      rf.add(field("description", str(r.description().get(), p + "/description")));
    }
    if (r.url().isPresent()) {
      rf.add(field("url", str(r.url().get().toString(), p + "/url")));
    }
    return new Out.Obj(rf);
  }

  /** A key the model holds as text (a section id, a label key), checked like a value. */
  private static String name(String key, String pointer) {
    return str(key, pointer).text();
  }

  private static Out entry(String code, String label, String pointer) {
    return new Out.Obj(List.of(
        field("code", str(code, pointer + "/code")),
        field("label", str(label, pointer + "/label"))));
  }

  private static Out.Field field(String name, Out value) {
    return new Out.Field(name, value);
  }

  private static void text(List<Out.Field> f, String name, String value, String pointer) {
    if (!value.isEmpty()) {
      f.add(field(name, str(value, pointer + "/" + name)));
    }
  }

  private static void rich(List<Out.Field> f, String name, RichText value, String pointer) {
    String markdown = CommonMarkWriter.canonical().write(value);
    if (!markdown.isEmpty()) {
      f.add(field(name, str(markdown, pointer + "/" + name)));
    }
  }

  private static Out.Str str(String value, String pointer) {
    int bad = RichTextNormalForm.firstUnpairedSurrogate(value);
    if (bad >= 0) {
      throw new IllegalArgumentException(
          "cannot write " + pointer + ": the text has an unpaired surrogate at index " + bad
              + ", which no UTF-8 document can hold");
    }
    return new Out.Str(value);
  }

  private static Out.Num number(BigDecimal value, String pointer) {
    if (!Binder.withinEstimateRange(value)) {
      throw new IllegalArgumentException(
          "cannot write " + pointer + ": the estimate has more than "
              + Binder.MAX_ESTIMATE_DIGITS + " digits before or after the decimal point");
    }
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    return new Out.Num(stripped.toPlainString());
  }

  private static Out rating(EvidenceRating rating) {
    return rating.isRated()
        ? new Out.Num(String.valueOf(rating.level().getAsInt()))
        : new Out.Str(FormatNames.NOT_RATED);
  }

  private static Out rating(CostRating rating) {
    return rating.isRated()
        ? new Out.Num(String.valueOf(rating.level().getAsInt()))
        : new Out.Str(FormatNames.UNKNOWN_COST);
  }
}
