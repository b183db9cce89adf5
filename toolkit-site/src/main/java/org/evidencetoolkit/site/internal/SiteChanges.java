package org.evidencetoolkit.site.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evidencetoolkit.model.Toolkit;
import org.evidencetoolkit.model.diff.Change;
import org.evidencetoolkit.model.diff.ToolkitDiff;

/**
 * What changed since a previous edition, as the site needs it: the changes for the "What's
 * changed" page, and the ids of the interventions in both editions that changed, to mark.
 *
 * @param previous the previous edition
 * @param changes the changes from it to the edition the site is built from
 * @param updated ids of interventions present in both editions with at least one change
 */
public record SiteChanges(Toolkit previous, List<Change> changes, Set<String> updated) {
  public SiteChanges {
    changes = List.copyOf(changes);
    updated = Set.copyOf(updated);
  }

  /** The changes from {@code previous} to {@code current}, by {@link ToolkitDiff}. */
  public static SiteChanges of(Toolkit previous, Toolkit current) {
    List<Change> changes = ToolkitDiff.between(previous, current);
    Set<String> updated = new LinkedHashSet<>();
    for (Change change : changes) {
      if (change.field() != Change.Field.INTERVENTION) {
        change.interventionId().ifPresent(updated::add);
      }
    }
    return new SiteChanges(previous, changes, updated);
  }
}
