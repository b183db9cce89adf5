package org.evidencetoolkit.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.text.RichText;

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
    if (!i.resources().isEmpty()) {
      List<Out> resources = new ArrayList<>();
      for (int n = 0; n < i.resources().size(); n++) {
        Resource r = i.resources().get(n);
        String p = pointer + "/resources/" + n;
        List<Out.Field> rf = new ArrayList<>();
        rf.add(field("title", str(r.title(), p + "/title")));
        if (r.description().isPresent()) {
          rf.add(field("description", str(r.description().get(), p + "/description")));
        }
        if (r.url().isPresent()) {
          rf.add(field("url", str(r.url().get().toString(), p + "/url")));
        }
        resources.add(new Out.Obj(rf));
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
    String markdown = MarkdownWriter.write(value);
    if (!markdown.isEmpty()) {
      f.add(field(name, str(markdown, pointer + "/" + name)));
    }
  }

  private static Out.Str str(String value, String pointer) {
    int bad = InputDecoder.firstUnpairedSurrogate(value);
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
