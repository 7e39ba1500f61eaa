package io.aimpoint.bench.models;

import io.aimpoint.ml.data.Features;
import java.util.Arrays;

/**
 * Examples as a compressed sparse row (CSR) matrix, the layout XGBoost reads without copying row
 * objects: row {@code r} has the entries {@code [rowStarts[r], rowStarts[r + 1])} of {@code
 * columns} and {@code values}.
 *
 * <p>XGBoost sees exactly the features our models see, renumbered: the hashed indices that occur in
 * the training rows get dense column numbers ({@link Columns}). The {@code hist} method's cost per
 * tree node grows with the number of columns, so 2^20 mostly empty columns made each round seconds
 * long; a feature that never occurs in training cannot be split on, so rows read later (validation,
 * test, candidates) simply drop the indices training never saw, which changes no prediction.
 */
final class SparseRows {
  /** Dense column numbers of the hashed indices seen in training, shared by all row sets. */
  static final class Columns {
    private final int[] byIndex;
    private int count;

    Columns(int bits) {
      byIndex = new int[1 << bits];
      Arrays.fill(byIndex, -1);
    }

    int intern(int index) {
      int c = byIndex[index];
      if (c < 0) {
        c = count++;
        byIndex[index] = c;
      }
      return c;
    }

    int lookup(int index) {
      return byIndex[index];
    }

    /** Columns so far; at least 1 (XGBoost needs a column). */
    int count() {
      return Math.max(1, count);
    }
  }

  private final Columns columnsOfIndices;
  private final boolean learnsColumns;
  private long[] rowStarts = new long[1025];
  private int[] columns = new int[16 * 1024];
  private float[] values = new float[16 * 1024];
  private float[] labels = new float[1024];
  private int rows;
  private int entries;

  /**
   * Rows whose columns come from {@code columns}; with {@code learnsColumns} (the training rows)
   * new indices get new columns, otherwise unseen indices are dropped.
   */
  SparseRows(Columns columns, boolean learnsColumns) {
    this.columnsOfIndices = columns;
    this.learnsColumns = learnsColumns;
  }

  Columns columnSpace() {
    return columnsOfIndices;
  }

  /** Appends a row. */
  void add(Features features, int label) {
    if (rows == labels.length) {
      labels = Arrays.copyOf(labels, labels.length * 2);
      rowStarts = Arrays.copyOf(rowStarts, labels.length + 1);
    }
    int n = features.size();
    while (entries + n > columns.length) {
      columns = Arrays.copyOf(columns, columns.length * 2);
      values = Arrays.copyOf(values, values.length * 2);
    }
    for (int i = 0; i < n; i++) {
      int index = features.index(i);
      int column = learnsColumns ? columnsOfIndices.intern(index) : columnsOfIndices.lookup(index);
      if (column >= 0) {
        columns[entries] = column;
        values[entries] = features.value(i);
        entries++;
      }
    }
    labels[rows] = label;
    rows++;
    rowStarts[rows] = entries;
  }

  int rows() {
    return rows;
  }

  long[] rowStarts() {
    return Arrays.copyOf(rowStarts, rows + 1);
  }

  int[] columns() {
    return Arrays.copyOf(columns, entries);
  }

  float[] values() {
    return Arrays.copyOf(values, entries);
  }

  float[] labels() {
    return Arrays.copyOf(labels, rows);
  }

  int[] intLabels() {
    int[] y = new int[rows];
    for (int i = 0; i < rows; i++) {
      y[i] = labels[i] > 0.5f ? 1 : 0;
    }
    return y;
  }
}
