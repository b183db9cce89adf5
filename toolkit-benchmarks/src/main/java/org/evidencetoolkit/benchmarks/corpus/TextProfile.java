package org.evidencetoolkit.benchmarks.corpus;

/** The kind of characters a document's text is made of, because escaping and encoding cost differs. */
public enum TextProfile {
  /** Plain ASCII English prose: the cheapest case for every escaper and encoder. */
  ASCII,
  /**
   * Typographic Unicode: curly quotes, en and em dashes, accented Latin, Greek, Cyrillic, CJK and
   * Arabic words, the occasional astral character.
   */
  TYPOGRAPHIC,
  /**
   * Text dense in characters that HTML escaping must replace ({@code < > & " '}) and links whose
   * URLs carry queries.
   */
  ESCAPE_HEAVY
}
