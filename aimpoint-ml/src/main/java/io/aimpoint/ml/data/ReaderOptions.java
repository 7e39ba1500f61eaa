package io.aimpoint.ml.data;

/**
 * Options shared by all readers.
 *
 * @param maxBadLinesKept how many bad lines the {@link ReadReport} keeps verbatim (all are counted)
 */
public record ReaderOptions(int maxBadLinesKept) {
  /** Keeps the first 20 bad lines. */
  public static final ReaderOptions DEFAULTS = new ReaderOptions(20);

  public ReaderOptions {
    if (maxBadLinesKept < 0) {
      throw new IllegalArgumentException(
          "maxBadLinesKept must be >= 0; maxBadLinesKept=" + maxBadLinesKept);
    }
  }
}
