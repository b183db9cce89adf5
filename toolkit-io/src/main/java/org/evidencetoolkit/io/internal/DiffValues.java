package org.evidencetoolkit.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.model.CostRating;
import org.evidencetoolkit.model.EvidenceRating;
import org.evidencetoolkit.model.ImpactBand;
import org.evidencetoolkit.model.ImpactRating;
import org.evidencetoolkit.model.ImplementationTip;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Profile;
import org.evidencetoolkit.model.Resource;
import org.evidencetoolkit.model.Sector;
import org.evidencetoolkit.model.Setting;
import org.evidencetoolkit.model.Slugs;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.text.CommonMarkWriter;
import org.evidencetoolkit.model.text.RichText;

/**
 * The value of one side of a {@link Change} in format v1 terms, exactly as the canonical writer
 * writes that field: rich text as its canonical Markdown, enums in kebab-case, ratings as a level
 * or {@code "not-rated"} / {@code "?"}, numbers in plain notation, a tip or resource as its object
 * with only the fields present.
 *
 * <p>Each value is written by putting it in a document of its own (a minimal intervention or
 * toolkit) and taking its field from {@link Canonical}'s tree, so that there is one writer of
 * every value and a diff can never spell a value differently from a document.
 */
public final class DiffValues {
  private DiffValues() {}

  /**
   * The value as the format writes it; empty when the format would leave the field out (no
   * value, empty text) or when the change is a whole intervention, which the diff names by id
   * and pointer alone.
   */
  public static Optional<Out> of(Change change, Optional<Object> side) {
    if (side.isEmpty() || change.field() == Change.Field.INTERVENTION) {
      return Optional.empty();
    }
    Object value = side.get();
    boolean inIntervention = change.interventionId().isPresent();
    if (value instanceof String s) {
      return Optional.of(new Out.Str(s));
    } else if (value instanceof Boolean b) {
      return Optional.of(new Out.Bool(b));
    } else if (value instanceof Integer n) {
      return field(carrier().studyCount(n).build(), "studyCount");
    } else if (value instanceof BigDecimal estimate) {
      return field(carrier().impact(ImpactRating.of(ImpactBand.LOW, estimate)).build(),
          "impact", "estimate");
    } else if (value instanceof EvidenceRating rating) {
      return field(carrier().evidence(rating).build(), "evidence");
    } else if (value instanceof CostRating rating) {
      return field(carrier().cost(rating).build(), "cost");
    } else if (value instanceof Enum<?> e) {
      // The impact band and prevention types: kebab-case, as every enum of the format.
      return Optional.of(new Out.Str(Slugs.kebab(e)));
    } else if (value instanceof LocalDate date) {
      return field(carrier().lastUpdated(date).build(), "lastUpdated");
    } else if (value instanceof RichText text) {
      String markdown = CommonMarkWriter.canonical().write(text);
      return markdown.isEmpty() ? Optional.empty() : Optional.of(new Out.Str(markdown));
    } else if (value instanceof ImplementationTip tip) {
      return field(carrier().addImplementation(tip).build(), "implementation", 0);
    } else if (value instanceof Resource resource) {
      return field(carrier().addResource(resource).build(), "resources", 0);
    } else if (value instanceof Setting setting) {
      return inIntervention
          ? Optional.of(new Out.Str(setting.code()))
          : toolkitField(Toolkit.builder().title("-").addSetting(setting).build(), "settings", 0);
    } else if (value instanceof Sector sector) {
      return inIntervention
          ? Optional.of(new Out.Str(sector.code()))
          : toolkitField(Toolkit.builder().title("-").addSector(sector).build(), "sectors", 0);
    } else if (value instanceof Profile profile) {
      Optional<Out> written = toolkitField(Toolkit.builder().title("-").profile(profile).build(),
          "profile");
      // Where the canonical writer leaves a profile out (the built-in one), its name says which.
      return written.isPresent()
          ? written
          : Optional.of(new Out.Obj(List.of(new Out.Field("name", new Out.Str(profile.name())))));
    }
    throw new IllegalArgumentException(
        "A change at " + change.pointer() + " holds a " + value.getClass().getName()
            + ", which the format has no way to write");
  }

  private static Intervention.Builder carrier() {
    return Intervention.builder().id("-").title("-")
        .impact(ImpactRating.of(ImpactBand.INSUFFICIENT_EVIDENCE));
  }

  private static Optional<Out> field(Intervention carrier, Object... path) {
    return find(Canonical.interventionTree(carrier, false, ""), path);
  }

  private static Optional<Out> toolkitField(Toolkit carrier, Object... path) {
    return find(Canonical.toolkitTree(carrier, false), path);
  }

  /** The value at a path of field names and list indexes, if the tree has one there. */
  private static Optional<Out> find(Out tree, Object... path) {
    Out at = tree;
    for (Object step : path) {
      Out next = null;
      if (step instanceof String name && at instanceof Out.Obj obj) {
        for (Out.Field f : obj.fields()) {
          if (f.name().equals(name)) {
            next = f.value();
          }
        }
      } else if (step instanceof Integer index && at instanceof Out.Arr arr
          && index < arr.items().size()) {
        next = arr.items().get(index);
      }
      if (next == null) {
        return Optional.empty();
      }
      at = next;
    }
    return Optional.of(at);
  }

  /** The fields of one change, in order: id, change, pointer, before, after, direction, words. */
  public static Out.Obj change(Change change) {
    List<Out.Field> f = new ArrayList<>();
    f.add(new Out.Field("id", change.interventionId().<Out>map(Out.Str::new).orElse(new Out.Null())));
    f.add(new Out.Field("change", new Out.Str(Slugs.kebab(change.kind()))));
    f.add(new Out.Field("pointer", new Out.Str(change.pointer())));
    of(change, change.before()).ifPresent(v -> f.add(new Out.Field("before", v)));
    of(change, change.after()).ifPresent(v -> f.add(new Out.Field("after", v)));
    change.direction().ifPresent(
        d -> f.add(new Out.Field("direction", new Out.Str(Slugs.kebab(d)))));
    if (change.wordsAdded().isPresent() && change.wordsRemoved().isPresent()) {
      f.add(new Out.Field("words", new Out.Obj(List.of(
          new Out.Field("added", new Out.Num(Integer.toString(change.wordsAdded().getAsInt()))),
          new Out.Field("removed", new Out.Num(Integer.toString(change.wordsRemoved().getAsInt())))))));
    }
    return new Out.Obj(f);
  }
}
