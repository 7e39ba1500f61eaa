package io.aimpoint.ml.data;

import io.aimpoint.ml.feature.MurmurHash3;

/**
 * A labelled training example: clicked (1) or not (0), its features, and optionally the group
 * (usually the user) it belongs to, for group AUC.
 *
 * @param label 1 for a click (positive), 0 otherwise
 * @param features the sparse features
 * @param group a 64-bit group id, or {@link #NO_GROUP}; string ids are hashed with {@link
 *     #groupId(CharSequence)}
 */
public record Example(int label, Features features, long group) {
  /** The group of examples whose group is unknown. */
  public static final long NO_GROUP = Long.MIN_VALUE;

  public Example {
    if (label != 0 && label != 1) {
      throw new IllegalArgumentException("label must be 0 or 1; label=" + label);
    }
    if (features == null) {
      throw new IllegalArgumentException("features must not be null");
    }
  }

  /** An example without a group. */
  public Example(int label, Features features) {
    this(label, features, NO_GROUP);
  }

  public boolean hasGroup() {
    return group != NO_GROUP;
  }

  /** A stable 64-bit id for a string group (user) id; never {@link #NO_GROUP}. */
  public static long groupId(CharSequence id) {
    return groupId(id, 0, id.length());
  }

  /** A stable 64-bit id for the group id {@code line[begin, end)}; never {@link #NO_GROUP}. */
  public static long groupId(CharSequence line, int begin, int end) {
    int hi = MurmurHash3.hash32(line, begin, end, 0x6a09e667);
    int lo = MurmurHash3.hash32(line, begin, end, 0xbb67ae85);
    long id = ((long) hi << 32) | (lo & 0xffff_ffffL);
    return id == NO_GROUP ? 0 : id;
  }
}
