package org.evidencetoolkit.benchmarks.corpus;

/** The approximate size of a document as canonical JSON bytes. */
public enum DocumentSize {
  /** About 5 KB: 5 tips, 5 resources, short sections. */
  SMALL(5_000, 5, 5),
  /** About 10 KB. */
  MEDIUM(10_000, 10, 12),
  /** About 20 KB: 15 tips, 20 resources. */
  LARGE(20_000, 15, 20);

  private final int targetBytes;
  private final int tips;
  private final int resources;

  DocumentSize(int targetBytes, int tips, int resources) {
    this.targetBytes = targetBytes;
    this.tips = tips;
    this.resources = resources;
  }

  /** The size the generator aims at, in bytes of JSON. */
  public int targetBytes() {
    return targetBytes;
  }

  /** How many implementation tips a document of this size has. */
  int tips() {
    return tips;
  }

  /** How many resources a document of this size has. */
  int resources() {
    return resources;
  }
}
