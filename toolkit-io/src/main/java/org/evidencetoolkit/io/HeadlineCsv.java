package org.evidencetoolkit.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.evidencetoolkit.io.internal.FormatNames;
import org.evidencetoolkit.model.Intervention;
import org.evidencetoolkit.model.Measure;
import org.evidencetoolkit.model.Slugs;
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
 * {@code -}, {@code @}, a tab or a CR as a formula, and skip leading control characters, white
 * space and invisible format characters first. A text cell whose first visible character is one
 * of these four, or that starts with a tab or a CR, is written with a leading apostrophe
 * ({@code '=1+1}, {@code '\u0000=1+1}), as OWASP recommends, so opening the export never runs
 * content as a formula. The estimate is exempt: it is always a plain number (such as
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

  /**
   * Writes the header and one row per intervention.
   *
   * @throws UncheckedIOException if {@code out} fails, wrapping its {@link IOException}
   */
  public static void write(Toolkit toolkit, Appendable out) {
    try {
      rows(toolkit, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void rows(Toolkit toolkit, Appendable out) throws IOException {
    row(out, HEADER);
    for (Intervention i : toolkit.interventions()) {
      String estimate = i.impact().estimate().map(HeadlineCsv::plain).orElse("");
      Optional<Measure> measure = toolkit.profile().measureOf(i.impact());
      row(out, List.of(
          text(i.id()),
          text(i.title()),
          Slugs.kebab(i.impact().band()),
          estimate,
          measure.map(m -> text(m.outcome())).orElse(""),
          measure.map(m -> text(m.unit())).orElse(""),
          i.evidence().isRated() ? String.valueOf(i.evidence().level().getAsInt())
              : FormatNames.NOT_RATED,
          i.cost().isRated() ? String.valueOf(i.cost().level().getAsInt())
              : FormatNames.UNKNOWN_COST,
          join(i.preventionTypes().stream().map(Slugs::kebab).toList()),
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
    return isFormulaLike(value) ? "'" + value : value;
  }

  /**
   * Whether a spreadsheet could run the cell as a formula: it starts with a tab or a CR, or its
   * first visible character is {@code =}, {@code +}, {@code -} or {@code @}. Spreadsheets and
   * the tools between them strip or skip leading control characters (NUL included), white space
   * and invisible format characters, so those do not hide a formula.
   */
  private static boolean isFormulaLike(String value) {
    if (value.startsWith("\t") || value.startsWith("\r")) {
      return true;
    }
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (cp == '=' || cp == '+' || cp == '-' || cp == '@') {
        return true;
      }
      if (!(Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
          || Character.getType(cp) == Character.FORMAT)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
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
