package io.aimpoint.ml.data;

import io.aimpoint.ml.feature.FeatureHasher;
import java.util.Arrays;

/**
 * Builds the features of one row from value hashes: folds them into the hasher's index space and
 * appends the declared crosses (from the first value of each side). Reused across rows.
 */
final class RowAssembler {
  private final FeatureHasher hasher;
  private final Features.Builder builder = Features.builder();
  private final int[] firstHash;
  private final boolean[] present;

  RowAssembler(FeatureHasher hasher) {
    this.hasher = hasher;
    this.firstHash = new int[hasher.fieldCount()];
    this.present = new boolean[hasher.fieldCount()];
  }

  FeatureHasher hasher() {
    return hasher;
  }

  /** A categorical value {@code line[begin, end)}; an empty value is the field's missing value. */
  void categorical(int field, CharSequence line, int begin, int end) {
    int hash = begin == end ? hasher.missingHash(field) : hasher.valueHash(field, line, begin, end);
    add(field, hash, 1f);
  }

  void missing(int field) {
    add(field, hasher.missingHash(field), 1f);
  }

  /** An integer token (a numeric bucket, a pre-indexed feature id) with a value. */
  void token(int field, long token, float value) {
    add(field, hasher.valueHash(field, token), value);
  }

  private void add(int field, int valueHash, float value) {
    if (!present[field]) {
      present[field] = true;
      firstHash[field] = valueHash;
    }
    builder.add(field, hasher.index(field, valueHash), value);
  }

  /** The row's features, crosses included; resets for the next row. */
  Features build() {
    for (FeatureHasher.Cross cross : hasher.crosses()) {
      if (present[cross.left()] && present[cross.right()]) {
        int hash = hasher.crossHash(cross, firstHash[cross.left()], firstHash[cross.right()]);
        builder.add(cross.target(), hasher.index(cross.target(), hash), 1f);
      }
    }
    Arrays.fill(present, false);
    return builder.build();
  }

  /** Drops a half-built row (after a parse error). */
  void reset() {
    Arrays.fill(present, false);
    builder.clear();
  }
}
