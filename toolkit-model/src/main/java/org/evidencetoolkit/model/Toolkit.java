package org.evidencetoolkit.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencetoolkit.model.text.RichText;
import org.immutables.value.Value;

/**
 * A collection of interventions with its own title and vocabularies, and the queries a reader uses
 * to choose among them.
 *
 * <p>Duplicate intervention ids can be built (the {@code toolkit.unique-ids} rule reports them);
 * {@link #find(String)} then returns the first.
 *
 * <pre>{@code
 * List<Intervention> secondary = toolkit.query(ToolkitQuery.builder()
 *     .preventionType(PreventionType.SECONDARY).sortBy(SortKey.IMPACT).build());
 * List<Intervention> sideBySide = toolkit.compare(List.of("mentoring", "focused-deterrence"));
 * }</pre>
 */
@Value.Immutable
public interface Toolkit {
  /** The toolkit's name. */
  String title();

  /**
   * What this toolkit is, who publishes it and how to read it; shown on index pages. Empty by
   * default.
   */
  @Value.Default
  default RichText about() {
    return RichText.empty();
  }

  /** The authoritative publication this toolkit's content is drawn from, if any. */
  Optional<Resource> source();

  /**
   * The measures, scale, section order, words and rule settings of this toolkit; {@link
   * Profile#yef()} unless the toolkit declares its own.
   */
  @Value.Default
  default Profile profile() {
    return Profile.yef();
  }

  /**
   * Settings this toolkit declares beyond the {@linkplain Setting#builtIns() built-in ones}; a
   * declared code that matches a built-in one relabels it.
   */
  List<Setting> settings();

  /** Sectors this toolkit declares beyond the {@linkplain Sector#builtIns() built-in ones}. */
  List<Sector> sectors();

  /** The interventions, in the toolkit's own order. */
  List<Intervention> interventions();

  /**
   * Built-in settings followed by declared ones, one per code; a declaration wins over a built-in.
   */
  @Value.Lazy
  default List<Setting> knownSettings() {
    Map<String, Setting> byCode = new LinkedHashMap<>();
    Setting.builtIns().forEach(s -> byCode.put(s.code(), s));
    settings().forEach(s -> byCode.put(s.code(), s));
    return List.copyOf(byCode.values());
  }

  /**
   * Built-in sectors followed by declared ones, one per code; a declaration wins over a built-in.
   */
  @Value.Lazy
  default List<Sector> knownSectors() {
    Map<String, Sector> byCode = new LinkedHashMap<>();
    Sector.builtIns().forEach(s -> byCode.put(s.code(), s));
    sectors().forEach(s -> byCode.put(s.code(), s));
    return List.copyOf(byCode.values());
  }

  /** The first intervention with this id. */
  default Optional<Intervention> find(String id) {
    return Optional.ofNullable(interventionsById().get(id));
  }

  /**
   * The first intervention with each id: what {@link #find(String)} looks in. Built once, on first
   * use, because a page looks up every related approach by id, and a site of a large toolkit
   * renders a page per intervention: scanning the list for each id made the site quadratic.
   */
  @Value.Lazy
  default Map<String, Intervention> interventionsById() {
    Map<String, Intervention> byId = new HashMap<>();
    interventions().forEach(i -> byId.putIfAbsent(i.id(), i));
    return Collections.unmodifiableMap(byId);
  }

  /** The interventions that pass every filter of the query, in its order. */
  default List<Intervention> query(ToolkitQuery query) {
    return Queries.run(interventions(), query);
  }

  /**
   * The interventions with these ids, in the order given, for a side-by-side comparison. An id
   * given twice gives its intervention twice; with duplicate ids in the toolkit, the first one is
   * taken, as by {@link #find(String)}.
   *
   * @throws IllegalArgumentException naming, in the order given, every id this toolkit does not
   *     have
   */
  default List<Intervention> compare(List<String> ids) {
    List<Intervention> chosen = new ArrayList<>(ids.size());
    List<String> missing = new ArrayList<>();
    for (String id : ids) {
      find(id).ifPresentOrElse(chosen::add, () -> missing.add(id));
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          (missing.size() == 1 ? "No intervention has the id " : "No intervention has the ids ")
              + missing.stream().map(id -> '"' + id + '"').collect(Collectors.joining(", "))
              + " in toolkit \""
              + title()
              + "\"");
    }
    return List.copyOf(chosen);
  }

  /** A builder; the title is required. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Toolkit}. */
  final class Builder extends ImmutableToolkit.Builder {
    /** An empty builder, the same as {@link Toolkit#builder()}. */
    public Builder() {}
  }
}
