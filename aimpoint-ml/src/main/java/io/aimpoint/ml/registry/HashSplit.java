package io.aimpoint.ml.registry;

import io.aimpoint.ml.feature.MurmurHash3;

/**
 * A deterministic split of a stream of examples by their 0-based position: example {@code i} falls
 * in the split when a 32-bit hash of {@code i} (salted) lands below {@code fraction} of the hash
 * range. The same file gives the same split on every run and machine, without a random generator or
 * a pass to count rows, and different salts give independent splits (test vs validation).
 *
 * @param fraction share of examples in the split, in [0, 1]
 * @param salt seeds the hash; splits with different salts are independent
 */
public record HashSplit(double fraction, int salt) {
  /** Salt of the test split shared by {@code train --test-split} and {@code evaluate}. */
  public static final int TEST_SALT = 0x7e57_5eed;

  /** Salt of the validation hold-out taken from the training file when there is no --valid. */
  public static final int VALIDATION_SALT = 0x0a11_da7e;

  public HashSplit {
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in [0, 1]; fraction=" + fraction);
    }
  }

  /** The test split: {@code fraction} of the examples. */
  public static HashSplit test(double fraction) {
    return new HashSplit(fraction, TEST_SALT);
  }

  /** The validation hold-out: {@code fraction} of the examples. */
  public static HashSplit validation(double fraction) {
    return new HashSplit(fraction, VALIDATION_SALT);
  }

  /** Whether the example at position {@code index} is in the split. */
  public boolean contains(long index) {
    long unsigned = MurmurHash3.hash32(index, salt) & 0xffff_ffffL;
    return unsigned < (long) (fraction * 4294967296.0);
  }
}
