package org.evidencetoolkit.io.internal;

import java.math.BigDecimal;
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
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.CommonMarkWriter;
import org.evidencetoolkit.model.text.RichText;
import org.evidencetoolkit.model.text.RichTextNormalForm;

/**
 * The canonical form of a model value, sent to a {@link DocumentSink} as it is walked: fields in
 * the order of SPEC §3, {@code impact}, {@code evidence} and {@code cost} always present, every
 * other empty field left out, rich text as canonical Markdown, numbers in plain notation.
 *
 * <p>Refuses (with {@link IllegalArgumentException} naming the pointer) what no document can
 * hold: text with an unpaired surrogate, and an estimate with more than {@value
 * Binder#MAX_ESTIMATE_DIGITS} digits either side of the point (which the reader would refuse).
 * The refusal can come part way through; sinks that write text hold it until the document is
 * complete, so nothing of a refused document reaches the caller. Pointers are spelled only for
 * such a refusal, never on the way.
 */
public final class Canonical {
  /** Rich text in the canonical file form: the one CommonMark writer, in the model. */
  private static final CommonMarkWriter CANONICAL_MARKDOWN = CommonMarkWriter.canonical();

  private final DocumentSink out;

  private Canonical(DocumentSink out) {
    this.out = out;
  }

  /** Writes an intervention document; {@code withVersion} adds {@code formatVersion: 1} first. */
  public static void intervention(
      Intervention i, boolean withVersion, String pointer, DocumentSink out) {
    new Canonical(out).intervention(i, withVersion, pointer);
  }

  /**
   * Writes a toolkit document: the interventions inline when {@code inline}, else (for a folder)
   * their ids.
   */
  public static void toolkit(Toolkit t, boolean inline, DocumentSink out) {
    new Canonical(out).toolkit(t, inline);
  }

  /** An intervention document as a tree (for a diff's values). */
  static Out.Obj interventionTree(Intervention i, boolean withVersion, String pointer) {
    Out.Builder tree = new Out.Builder();
    intervention(i, withVersion, pointer, tree);
    return (Out.Obj) tree.root();
  }

  /** A toolkit document as a tree (for a diff's values). */
  static Out.Obj toolkitTree(Toolkit t, boolean inline) {
    Out.Builder tree = new Out.Builder();
    toolkit(t, inline, tree);
    return (Out.Obj) tree.root();
  }

  private void intervention(Intervention i, boolean withVersion, String pointer) {
    out.startObject();
    if (withVersion) {
      out.name("formatVersion");
      out.number(FormatNames.VERSION_DIGITS);
    }
    field("id", i.id(), pointer);
    field("title", i.title(), pointer);
    if (!i.summary().isEmpty()) {
      field("summary", i.summary(), pointer);
    }
    out.name("impact");
    out.startObject();
    out.name("band");
    out.string(Slugs.kebab(i.impact().band()));
    if (i.impact().estimate().isPresent()) {
      out.name("estimate");
      number(i.impact().estimate().get(), pointer, "/impact/estimate");
    }
    if (i.impact().measure().isPresent()) {
      field("measure", i.impact().measure().get(), pointer + "/impact");
    }
    out.endObject();
    out.name("evidence");
    rating(i.evidence());
    out.name("cost");
    rating(i.cost());
    if (i.studyCount().isPresent()) {
      out.name("studyCount");
      out.number(Integer.toString(i.studyCount().getAsInt()));
    }
    if (i.headlineOnly()) {
      out.name("headlineOnly");
      out.bool(true);
    }
    if (!i.preventionTypes().isEmpty()) {
      out.name("preventionTypes");
      out.startArray();
      i.preventionTypes().forEach(t -> out.string(Slugs.kebab(t)));
      out.endArray();
    }
    if (!i.settings().isEmpty()) {
      out.name("settings");
      out.startArray();
      List<Setting> settings = i.settings();
      for (int n = 0; n < settings.size(); n++) {
        item(settings.get(n).code(), pointer, "/settings/", n);
      }
      out.endArray();
    }
    if (!i.sectors().isEmpty()) {
      out.name("sectors");
      out.startArray();
      List<Sector> sectors = i.sectors();
      for (int n = 0; n < sectors.size(); n++) {
        item(sectors.get(n).code(), pointer, "/sectors/", n);
      }
      out.endArray();
    }
    rich("whatIsIt", i.whatIsIt(), pointer);
    rich("effectiveness", i.effectiveness(), pointer);
    rich("evidenceSecurity", i.evidenceSecurity(), pointer);
    rich("costDetails", i.costDetails(), pointer);
    if (!i.implementation().isEmpty()) {
      out.name("implementation");
      out.startArray();
      List<ImplementationTip> tips = i.implementation();
      for (int n = 0; n < tips.size(); n++) {
        ImplementationTip tip = tips.get(n);
        out.startObject();
        out.name("title");
        checked(tip.title(), pointer, "/implementation/", n, "/title");
        String body = CANONICAL_MARKDOWN.write(tip.body());
        if (!body.isEmpty()) {
          out.name("body");
          checked(body, pointer, "/implementation/", n, "/body");
        }
        out.endObject();
      }
      out.endArray();
    }
    rich("topicSummary", i.topicSummary(), pointer);
    if (!i.sections().isEmpty()) {
      // Every section is written, an empty one too (''): the key is content (it places the
      // section) and the round trip must keep it.
      out.name("sections");
      out.startObject();
      for (Map.Entry<String, RichText> section : i.sections().entrySet()) {
        String key = section.getKey();
        if (RichTextNormalForm.firstUnpairedSurrogate(key) >= 0) {
          refuseText(pointer + "/sections/" + Pointers.escape(key), key);
        }
        out.name(key);
        String markdown = CANONICAL_MARKDOWN.write(section.getValue());
        if (RichTextNormalForm.firstUnpairedSurrogate(markdown) >= 0) {
          refuseText(pointer + "/sections/" + Pointers.escape(key), markdown);
        }
        out.string(markdown);
      }
      out.endObject();
    }
    if (!i.resources().isEmpty()) {
      out.name("resources");
      out.startArray();
      List<Resource> resources = i.resources();
      for (int n = 0; n < resources.size(); n++) {
        resource(resources.get(n), pointer + "/resources/" + n);
      }
      out.endArray();
    }
    if (!i.related().isEmpty()) {
      out.name("related");
      out.startArray();
      List<String> related = i.related();
      for (int n = 0; n < related.size(); n++) {
        item(related.get(n), pointer, "/related/", n);
      }
      out.endArray();
    }
    if (i.lastUpdated().isPresent()) {
      out.name("lastUpdated");
      out.string(i.lastUpdated().get().toString());
    }
    out.endObject();
  }

  private void toolkit(Toolkit t, boolean inline) {
    out.startObject();
    out.name("formatVersion");
    out.number(FormatNames.VERSION_DIGITS);
    field("title", t.title(), "");
    rich("about", t.about(), "");
    if (t.source().isPresent()) {
      out.name("source");
      resource(t.source().get(), "/source");
    }
    if (!t.profile().equals(Profile.yef())) {
      out.name("profile");
      profile(t.profile());
    }
    if (!t.settings().isEmpty()) {
      out.name("settings");
      out.startArray();
      for (int n = 0; n < t.settings().size(); n++) {
        Setting s = t.settings().get(n);
        entry(s.code(), s.label(), "/settings/" + n);
      }
      out.endArray();
    }
    if (!t.sectors().isEmpty()) {
      out.name("sectors");
      out.startArray();
      for (int n = 0; n < t.sectors().size(); n++) {
        Sector s = t.sectors().get(n);
        entry(s.code(), s.label(), "/sectors/" + n);
      }
      out.endArray();
    }
    if (!t.interventions().isEmpty()) {
      out.name("interventions");
      out.startArray();
      for (int n = 0; n < t.interventions().size(); n++) {
        Intervention i = t.interventions().get(n);
        if (inline) {
          intervention(i, false, "/interventions/" + n);
        } else {
          item(i.id(), "", "/interventions/", n);
        }
      }
      out.endArray();
    }
    out.endObject();
  }

  private void profile(Profile profile) {
    Profile yef = Profile.yef();
    String p = "/profile";
    out.startObject();
    if (!profile.name().equals(yef.name())) {
      field("name", profile.name(), p);
    }
    if (profile.base().isPresent()) {
      field("extends", profile.base().get(), p);
    }
    if (!profile.language().equals(yef.language())) {
      field("language", profile.language(), p);
    }
    if (!profile.measures().equals(yef.measures())) {
      out.name("measures");
      out.startArray();
      for (int n = 0; n < profile.measures().size(); n++) {
        Measure m = profile.measures().get(n);
        String mp = p + "/measures/" + n;
        out.startObject();
        field("id", m.id(), mp);
        field("outcome", m.outcome(), mp);
        field("unit", m.unit(), mp);
        field("better", m.better(), mp);
        field("worse", m.worse(), mp);
        field("none", m.none(), mp);
        out.endObject();
      }
      out.endArray();
    }
    if (!profile.impactScale().equals(yef.impactScale())) {
      ImpactScale s = profile.impactScale();
      String sp = p + "/impactScale";
      out.name("impactScale");
      out.startObject();
      field("version", s.version(), sp);
      out.name("highFrom");
      number(s.highFrom(), sp, "/highFrom");
      out.name("moderateFrom");
      number(s.moderateFrom(), sp, "/moderateFrom");
      out.name("lowFrom");
      number(s.lowFrom(), sp, "/lowFrom");
      out.name("harmfulTo");
      number(s.harmfulTo(), sp, "/harmfulTo");
      out.endObject();
    }
    if (!profile.sections().equals(yef.sections())) {
      out.name("sections");
      strings(profile.sections(), p + "/sections");
    }
    if (!profile.labels().isEmpty()) {
      out.name("labels");
      out.startObject();
      for (Map.Entry<String, String> label : profile.labels().entrySet()) {
        String lp = p + "/labels/" + Pointers.escape(label.getKey());
        if (RichTextNormalForm.firstUnpairedSurrogate(label.getKey()) >= 0) {
          refuseText(lp, label.getKey());
        }
        out.name(label.getKey());
        checked(label.getValue(), lp, "", -1, "");
      }
      out.endObject();
    }
    RuleSettings rules = profile.rules();
    if (!rules.isEmpty()) {
      out.name("rules");
      out.startObject();
      ruleList("off", rules.off());
      ruleList("warning", rules.warning());
      ruleList("error", rules.error());
      out.endObject();
    }
    out.endObject();
  }

  private void ruleList(String setting, List<String> ids) {
    if (!ids.isEmpty()) {
      out.name(setting);
      strings(ids, "/profile/rules/" + setting);
    }
  }

  private void strings(List<String> values, String pointer) {
    out.startArray();
    for (int n = 0; n < values.size(); n++) {
      item(values.get(n), pointer, "/", n);
    }
    out.endArray();
  }

  private void resource(Resource r, String p) {
    out.startObject();
    field("title", r.title(), p);
    if (r.description().isPresent()) {
      field("description", r.description().get(), p);
    }
    if (r.url().isPresent()) {
      field("url", r.url().get().toString(), p);
    }
    out.endObject();
  }

  private void entry(String code, String label, String pointer) {
    out.startObject();
    field("code", code, pointer);
    field("label", label, pointer);
    out.endObject();
  }

  /** A text field of a known name, at {@code pointer/name}. */
  private void field(String name, String value, String pointer) {
    out.name(name);
    checked(value, pointer, "/", -1, name);
  }

  /** Text in a list, at {@code pointer + list + index}. */
  private void item(String value, String pointer, String list, int index) {
    checked(value, pointer, list, index, "");
  }

  private void rich(String name, RichText value, String pointer) {
    String markdown = CANONICAL_MARKDOWN.write(value);
    if (!markdown.isEmpty()) {
      out.name(name);
      checked(markdown, pointer, "/", -1, name);
    }
  }

  /**
   * Text, refused if it holds an unpaired surrogate; its pointer is {@code pointer + middle +
   * index + last}, the index left out when negative.
   */
  private void checked(String value, String pointer, String middle, int index, String last) {
    if (RichTextNormalForm.firstUnpairedSurrogate(value) >= 0) {
      refuseText(pointer + middle + (index < 0 ? "" : Integer.toString(index)) + last, value);
    }
    out.string(value);
  }

  private static void refuseText(String pointer, String value) {
    throw new IllegalArgumentException(
        "cannot write " + pointer + ": the text has an unpaired surrogate at index "
            + RichTextNormalForm.firstUnpairedSurrogate(value)
            + ", which no UTF-8 document can hold");
  }

  private void number(BigDecimal value, String pointer, String field) {
    if (!Binder.withinEstimateRange(value)) {
      throw new IllegalArgumentException(
          "cannot write " + pointer + field + ": the estimate has more than "
              + Binder.MAX_ESTIMATE_DIGITS + " digits before or after the decimal point");
    }
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    out.number(stripped.toPlainString());
  }

  private void rating(EvidenceRating rating) {
    if (rating.isRated()) {
      out.number(Integer.toString(rating.level().getAsInt()));
    } else {
      out.string(FormatNames.NOT_RATED);
    }
  }

  private void rating(CostRating rating) {
    if (rating.isRated()) {
      out.number(Integer.toString(rating.level().getAsInt()));
    } else {
      out.string(FormatNames.UNKNOWN_COST);
    }
  }
}
