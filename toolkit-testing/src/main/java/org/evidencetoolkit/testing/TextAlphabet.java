package org.evidencetoolkit.testing;

/** Which words generated (valid) text is made of. Hostile text has its own generator. */
public enum TextAlphabet {
  /** English words and ASCII punctuation only: easy to read in a failure report. */
  ENGLISH,
  /**
   * English words mixed with words in other scripts: accented Latin, Greek, Cyrillic, Arabic,
   * Hebrew, Devanagari, CJK, and characters outside the Basic Multilingual Plane (emoji,
   * mathematical letters). Shrinks towards English.
   */
  UNICODE
}
