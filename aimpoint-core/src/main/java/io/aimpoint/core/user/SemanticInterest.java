package io.aimpoint.core.user;

import java.util.Arrays;

/**
 * The user's semantic interest: {@code vector} is the unit-length direction of the time-decayed
 * weighted sum of the embeddings of the content they engaged with, {@code mass} that sum's decayed
 * total weight (as of the profile's {@code updatedAt}), which a new contribution is weighed
 * against. {@link #NONE} (empty vector, mass 0) means no content seen yet.
 */
public record SemanticInterest(float[] vector, double mass) {
  public static final SemanticInterest NONE = new SemanticInterest(new float[0], 0);

  public SemanticInterest {
    vector = vector == null ? new float[0] : vector.clone();
    if (mass < 0 || Double.isNaN(mass)) {
      throw new IllegalArgumentException("mass must not be negative; mass=" + mass);
    }
  }

  @Override
  public float[] vector() {
    return vector.clone();
  }

  /** Whether any content has been embedded; named so that JSON mappers do not see a property. */
  public boolean hasVector() {
    return vector.length > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SemanticInterest s
        && Double.compare(s.mass, mass) == 0
        && Arrays.equals(s.vector, vector);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(vector) + Double.hashCode(mass);
  }

  @Override
  public String toString() {
    return "SemanticInterest[dimension=" + vector.length + ", mass=" + mass + "]";
  }
}
