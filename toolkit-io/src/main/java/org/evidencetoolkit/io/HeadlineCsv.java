package org.evidencetoolkit.io;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.io.internal.FormatNames;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Toolkit;

/**
 * A toolkit's headline table as CSV (RFC 4180): a header row, then one row per intervention in
 * toolkit order with {@code id, title, band, estimate, outcome, unit, evidence, cost,
 * preventionTypes, settings, sectors}.
 *
 * <p>{@code outcome} and {@code unit} are those of the rating's measure, resolved through the
 * toolkit's {@linkplain Toolkit#profile() profile} (the measure the rating names, or the profile's
 * first), so that a reader of the table knows what the estimate counts: {@code violence,percent}
 * under the built-in profile, {@code attainment,months} under a learning toolkit's. They are filled
 * for a rating without an estimate too, since the band is about the same outcome; a rating naming
 * a measure the profile does not declare (the {@code impact.measure-known} rule's finding) has both
 * empty.
 *
 * <p>Values are written as in the format: bands and prevention types in kebab-case, evidence 1–5
 * or {@code not-rated}, cost 1–5 or {@code ?}, the estimate as a plain number (empty when there is
 * none), settings and sectors as codes; list cells join their values with {@code "; "}. Lines end
 * with CRLF; a cell is quoted when it holds a comma, a double quote, a CR or an LF, with quotes
 * doubled.
 *
 * <p><b>Formula injection.</b> Spreadsheets run a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a CR as a formula. A text cell that starts with one of these is
 * written with a leading apostrophe ({@code '=1+1}), as OWASP recommends, so opening the export
 * never runs content as a formula. The estimate is exempt: it is always a plain number (such as
 * {@code -3.5}), which a spreadsheet reads as a number, not a formula.
 *
 * <pre>{@code
 * HeadlineCsv.write(toolkit, Files.newBufferedWriter(Path.of("headlines.csv")));
 * }</pre>
 */
public final class HeadlineCsv {
  /** The header row's cells. */
  public static final List<String> HEADER =
      List.of("id", "title", "band", "estimate", "outcome", "unit", "evidence", "cost",
          "preventionTypes", "settings", "sectors");

  private HeadlineCsv() {}

  /** Writes the header and one row per intervention. */
  public static void write(Toolkit toolkit, Appendable out) throws IOException {
    row(out, HEADER);
    for (Intervention i : toolkit.interventions()) {
      String estimate = i.impact().estimate().map(HeadlineCsv::plain).orElse("");
      Optional<Measure> measure = toolkit.profile().measureOf(i.impact());
      row(out, List.of(
          text(i.id()),
          text(i.title()),
          FormatNames.kebab(i.impact().band()),
          estimate,
          measure.map(m -> text(m.outcome())).orElse(""),
          measure.map(m -> text(m.unit())).orElse(""),
          i.evidence().isRated() ? String.valueOf(i.evidence().level().getAsInt())
              : FormatNames.NOT_RATED,
          i.cost().isRated() ? String.valueOf(i.cost().level().getAsInt())
              : FormatNames.UNKNOWN_COST,
          join(i.preventionTypes().stream().map(FormatNames::kebab).toList()),
          join(i.settings().stream().map(s -> s.code()).toList()),
          join(i.sectors().stream().map(s -> s.code()).toList())));
    }
  }

  private static String plain(BigDecimal estimate) {
    BigDecimal stripped = estimate.signum() == 0 ? BigDecimal.ZERO : estimate.stripTrailingZeros();
    return stripped.toPlainString();
  }

  private static String join(List<String> values) {
    return text(String.join("; ", values));
  }

  /** A text cell, defused if a spreadsheet would take it for a formula. */
  private static String text(String value) {
    if (!value.isEmpty()) {
      char first = value.charAt(0);
      if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
          || first == '\r') {
        return "'" + value;
      }
    }
    return value;
  }

  private static void row(Appendable out, List<String> cells) throws IOException {
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        out.append(',');
      }
      String cell = cells.get(c);
      if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\r') >= 0
          || cell.indexOf('\n') >= 0) {
        out.append('"').append(cell.replace("\"", "\"\"")).append('"');
      } else {
        out.append(cell);
      }
    }
    out.append("\r\n");
  }
}
