package org.evidencetoolkit.model;

/** Whom an approach reaches, by how far they already are from violence. */
public enum PreventionType {
  /** Before any sign of involvement; universal. */
  PRIMARY,
  /** Children at risk of involvement. */
  SECONDARY,
  /** Children already involved in violence or the justice system. */
  TERTIARY
}
