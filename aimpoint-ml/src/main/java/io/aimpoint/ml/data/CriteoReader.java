package io.aimpoint.ml.data;

import io.aimpoint.ml.feature.FeatureHasher;
import io.aimpoint.ml.feature.LogBucketizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Criteo display advertising format (Kaggle 2014 and the 1TB logs): tab-separated, a 0/1
 * label, 13 integer features {@code I1..I13} and 26 categorical features {@code C1..C26} (32-bit
 * hex strings).
 *
 * <p>Integers are log-bucketed ({@link LogBucketizer}); they can be negative. An empty column is
 * missing, and missing is a value of its own in every field (missing counts carry signal in
 * Criteo). Every row therefore has exactly 39 one-hot features plus the hasher's crosses.
 */
public final class CriteoReader extends LineExampleReader {
  /** The integer columns. */
  public static final int NUMERIC_COLUMNS = 13;

  /** The categorical columns. */
  public static final int CATEGORICAL_COLUMNS = 26;

  /** Field names in column order: I1..I13, C1..C26. */
  public static final List<String> FIELDS = fieldNames();

  private static final int COLUMNS = 1 + NUMERIC_COLUMNS + CATEGORICAL_COLUMNS;

  private final RowAssembler row;
  private final LogBucketizer buckets;
  private final int[] fieldOfColumn = new int[COLUMNS];
  private final int[] columnEnds = new int[COLUMNS];

  /**
   * Reads from {@code in}. The hasher must know the {@link #FIELDS} (it may have more, e.g.
   * crosses).
   */
  public CriteoReader(
      BufferedReader in,
      String source,
      FeatureHasher hasher,
      LogBucketizer buckets,
      ReaderOptions options) {
    super(in, source, options);
    this.row = new RowAssembler(hasher);
    this.buckets = buckets;
    for (int c = 1; c < COLUMNS; c++) {
      fieldOfColumn[c] = hasher.fieldId(FIELDS.get(c - 1));
    }
  }

  /** Opens a plain or gzipped file with two log-buckets per octave. */
  public static CriteoReader open(Path path, FeatureHasher hasher) throws IOException {
    return new CriteoReader(
        Inputs.open(path), path.toString(), hasher, new LogBucketizer(2), ReaderOptions.DEFAULTS);
  }

  /** A global-layout hasher over {@link #FIELDS}. */
  public static FeatureHasher hasher(int bits) {
    return FeatureHasher.global(FIELDS, bits);
  }

  @Override
  Example parse(String line, long lineNumber) {
    int columns = split(line);
    if (columns != COLUMNS) {
      throw new BadLineException("expected " + COLUMNS + " tab-separated columns, got " + columns);
    }
    row.reset();
    int label = Labels.parse(line, 0, columnEnds[0]);
    for (int c = 1; c < COLUMNS; c++) {
      int begin = columnEnds[c - 1] + 1;
      int end = columnEnds[c];
      int field = fieldOfColumn[c];
      if (c > NUMERIC_COLUMNS) {
        row.categorical(field, line, begin, end);
      } else if (begin == end) {
        row.missing(field);
      } else {
        row.token(field, buckets.bucket(parseInteger(line, begin, end, c)), 1f);
      }
    }
    return new Example(label, row.build());
  }

  /** Splits on tabs into {@link #columnEnds}; returns the column count (capped past the limit). */
  private int split(String line) {
    int count = 0;
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      int end = tab < 0 ? line.length() : tab;
      if (count == COLUMNS) {
        return COLUMNS + 1;
      }
      columnEnds[count++] = end;
      if (tab < 0) {
        return count;
      }
      from = tab + 1;
    }
  }

  private static long parseInteger(String line, int begin, int end, int column) {
    try {
      return Long.parseLong(line, begin, end, 10);
    } catch (NumberFormatException e) {
      throw new BadLineException(
          "I" + column + " '" + line.substring(begin, end) + "' is not an integer");
    }
  }

  private static List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= NUMERIC_COLUMNS; i++) {
      names.add("I" + i);
    }
    for (int i = 1; i <= CATEGORICAL_COLUMNS; i++) {
      names.add("C" + i);
    }
    return List.copyOf(names);
  }
}
