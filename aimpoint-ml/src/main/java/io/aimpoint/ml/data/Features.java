package io.aimpoint.ml.data;

import java.util.Arrays;

/**
 * A sparse feature vector: for each active feature its field id, its hashed index and its value.
 * One-hot categorical features have value 1.
 *
 * <p>Stored as three parallel primitive arrays so that model inner loops touch no objects.
 * Instances are immutable: the factory copies, the builder hands over fresh arrays.
 */
public final class Features {
  private static final Features EMPTY = new Features(new int[0], new int[0], new float[0]);

  private final int[] fields;
  private final int[] indices;
  private final float[] values;

  private Features(int[] fields, int[] indices, float[] values) {
    this.fields = fields;
    this.indices = indices;
    this.values = values;
  }

  /** Copies the three parallel arrays, which must have equal lengths. */
  public static Features of(int[] fields, int[] indices, float[] values) {
    if (fields.length != indices.length || indices.length != values.length) {
      throw new IllegalArgumentException(
          "arrays must have equal lengths; fields="
              + fields.length
              + ", indices="
              + indices.length
              + ", values="
              + values.length);
    }
    return new Features(fields.clone(), indices.clone(), values.clone());
  }

  /** One-hot features with value 1. */
  public static Features oneHot(int[] fields, int[] indices) {
    float[] ones = new float[indices.length];
    Arrays.fill(ones, 1f);
    return of(fields, indices, ones);
  }

  public static Features empty() {
    return EMPTY;
  }

  /** The features of {@code a} followed by those of {@code b}. */
  public static Features concat(Features a, Features b) {
    return new Features(
        concat(a.fields, b.fields), concat(a.indices, b.indices), concat(a.values, b.values));
  }

  public int size() {
    return indices.length;
  }

  public int field(int i) {
    return fields[i];
  }

  public int index(int i) {
    return indices[i];
  }

  public float value(int i) {
    return values[i];
  }

  public static Builder builder() {
    return new Builder(16);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static float[] concat(float[] a, float[] b) {
    float[] r = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Features f
        && Arrays.equals(fields, f.fields)
        && Arrays.equals(indices, f.indices)
        && Arrays.equals(values, f.values);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(fields) + Arrays.hashCode(indices)) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Features[");
    for (int i = 0; i < indices.length; i++) {
      sb.append(i == 0 ? "" : " ").append(fields[i]).append(':').append(indices[i]);
      sb.append(':').append(values[i]);
    }
    return sb.append(']').toString();
  }

  /** Accumulates features; reusable after {@link #build()} or {@link #clear()}. */
  public static final class Builder {
    private int[] fields;
    private int[] indices;
    private float[] values;
    private int size;

    private Builder(int capacity) {
      fields = new int[capacity];
      indices = new int[capacity];
      values = new float[capacity];
    }

    /** Adds a feature; {@code index} must be non-negative. */
    public Builder add(int field, int index, float value) {
      if (index < 0 || field < 0) {
        throw new IllegalArgumentException(
            "field and index must be non-negative; field=" + field + ", index=" + index);
      }
      if (size == indices.length) {
        int capacity = size * 2;
        fields = Arrays.copyOf(fields, capacity);
        indices = Arrays.copyOf(indices, capacity);
        values = Arrays.copyOf(values, capacity);
      }
      fields[size] = field;
      indices[size] = index;
      values[size] = value;
      size++;
      return this;
    }

    /** Adds a one-hot feature. */
    public Builder add(int field, int index) {
      return add(field, index, 1f);
    }

    public int size() {
      return size;
    }

    public Builder clear() {
      size = 0;
      return this;
    }

    /** The features added so far; the builder is then empty. */
    public Features build() {
      Features f =
          new Features(
              Arrays.copyOf(fields, size),
              Arrays.copyOf(indices, size),
              Arrays.copyOf(values, size));
      size = 0;
      return f;
    }
  }
}
