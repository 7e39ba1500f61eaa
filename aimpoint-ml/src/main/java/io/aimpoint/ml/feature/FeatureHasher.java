package io.aimpoint.ml.feature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hashes (field, value) pairs into a fixed index space of {@code 2^bits} slots, deterministically:
 * the same field name and value give the same index in every process and on every machine.
 *
 * <p>Hashing is two-staged. {@link #valueHash} is the full 32-bit MurmurHash3 of the value, seeded
 * with the hash of the field name, so equal values in different fields differ. {@link #index} then
 * folds it into the index space according to the layout:
 *
 * <ul>
 *   <li>{@link Layout#GLOBAL}: all fields share one space of {@code 2^bits} slots; fields collide
 *       with each other only by chance. Best for linear models with one huge weight array.
 *   <li>{@link Layout#PER_FIELD}: field {@code f} owns the slots {@code [f << fieldBits, (f + 1) <<
 *       fieldBits)}; values collide only within their field. Best for field-aware models and
 *       per-field embedding tables.
 * </ul>
 *
 * <p>Crosses of two fields ({@link #withCross}) are extra fields whose value hash combines the two
 * value hashes; {@link #crosses()} lists them for whoever assembles rows. A missing value is itself
 * a value ({@link #missingHash}), so "unknown" carries signal, as it does in CTR logs. Instances
 * are immutable and thread-safe.
 */
public final class FeatureHasher {
  /** Largest supported index space: models keep two or more floats per slot in one array. */
  public static final int MAX_BITS = 28;

  private static final int FIELD_SEED = 0x5eed_f1e1;
  private static final long MISSING_TOKEN = 0x6d69_7373_696e_6700L; // "missing\0"

  /** How field value hashes are folded into the index space. */
  public enum Layout {
    /** One space shared by all fields. */
    GLOBAL,
    /** A separate power-of-two space for each field. */
    PER_FIELD
  }

  /** A declared cross: {@code target}'s value is the pair of {@code left}'s and {@code right}'s. */
  public record Cross(int left, int right, int target) {}

  private final List<String> fieldNames;
  private final Map<String, Integer> fieldIds;
  private final int[] fieldSeeds;
  private final int[] missingHashes;
  private final Layout layout;
  private final int fieldBits;
  private final int bits;
  private final List<Cross> crosses;

  private FeatureHasher(List<String> names, Layout layout, int fieldBits, List<Cross> crosses) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("at least one field is needed; fieldNames=" + names);
    }
    this.fieldNames = List.copyOf(names);
    this.fieldIds = new HashMap<>();
    this.fieldSeeds = new int[names.size()];
    this.missingHashes = new int[names.size()];
    for (int f = 0; f < names.size(); f++) {
      String name = names.get(f);
      if (name.isBlank() || fieldIds.put(name, f) != null) {
        throw new IllegalArgumentException(
            "field names must be unique and non-blank; name=" + name);
      }
      fieldSeeds[f] = MurmurHash3.hash32(name, FIELD_SEED);
      missingHashes[f] = MurmurHash3.hash32(MISSING_TOKEN, fieldSeeds[f]);
    }
    this.layout = layout;
    this.fieldBits = fieldBits;
    this.bits = layout == Layout.GLOBAL ? fieldBits : fieldBits + ceilLog2(names.size());
    if (fieldBits < 1 || bits > MAX_BITS) {
      throw new IllegalArgumentException(
          "index space must have 1.." + MAX_BITS + " bits; bits=" + bits + " for " + layout);
    }
    this.crosses = List.copyOf(crosses);
  }

  /** All fields share one space of {@code 2^bits} slots. */
  public static FeatureHasher global(List<String> fieldNames, int bits) {
    return new FeatureHasher(fieldNames, Layout.GLOBAL, bits, List.of());
  }

  /**
   * Each field gets {@code 2^bitsPerField} slots; the total space has {@code bitsPerField +
   * ceil(log2(fieldCount))} bits.
   */
  public static FeatureHasher perField(List<String> fieldNames, int bitsPerField) {
    return new FeatureHasher(fieldNames, Layout.PER_FIELD, bitsPerField, List.of());
  }

  /**
   * A hasher with one more field, named {@code left + "*" + right}, holding the cross of the two.
   * In the per-field layout the total space may grow by a bit.
   */
  public FeatureHasher withCross(String left, String right) {
    List<String> names = new ArrayList<>(fieldNames);
    names.add(left + "*" + right);
    List<Cross> all = new ArrayList<>(crosses);
    all.add(new Cross(fieldId(left), fieldId(right), names.size() - 1));
    return new FeatureHasher(names, layout, fieldBits, all);
  }

  /** Indices are in {@code [0, 2^bits)}. */
  public int bits() {
    return bits;
  }

  public Layout layout() {
    return layout;
  }

  public int fieldCount() {
    return fieldNames.size();
  }

  public List<String> fieldNames() {
    return fieldNames;
  }

  public String fieldName(int field) {
    return fieldNames.get(field);
  }

  /** The id of a field by name; throws if the hasher does not know it. */
  public int fieldId(String name) {
    Integer id = fieldIds.get(name);
    if (id == null) {
      throw new IllegalArgumentException("unknown field; name=" + name + ", known=" + fieldNames);
    }
    return id;
  }

  public boolean hasField(String name) {
    return fieldIds.containsKey(name);
  }

  public List<Cross> crosses() {
    return crosses;
  }

  /** The 32-bit hash of a categorical value of {@code field}. */
  public int valueHash(int field, CharSequence value) {
    return MurmurHash3.hash32(value, fieldSeeds[field]);
  }

  /** The 32-bit hash of the categorical value {@code line[begin, end)} of {@code field}. */
  public int valueHash(int field, CharSequence line, int begin, int end) {
    return MurmurHash3.hash32(line, begin, end, fieldSeeds[field]);
  }

  /** The 32-bit hash of an integer token (a numeric bucket, an integer id) of {@code field}. */
  public int valueHash(int field, long token) {
    return MurmurHash3.hash32(token, fieldSeeds[field]);
  }

  /** The value hash that stands for "no value" in {@code field}. */
  public int missingHash(int field) {
    return missingHashes[field];
  }

  /** The value hash of a declared cross, from the value hashes of its two sides. */
  public int crossHash(Cross cross, int leftHash, int rightHash) {
    long pair = ((long) leftHash << 32) | (rightHash & 0xffff_ffffL);
    return MurmurHash3.hash32(pair, fieldSeeds[cross.target()]);
  }

  /** Folds a value hash of {@code field} into the index space. */
  public int index(int field, int valueHash) {
    if (layout == Layout.GLOBAL) {
      return valueHash & ((1 << bits) - 1);
    }
    return (field << fieldBits) | (valueHash & ((1 << fieldBits) - 1));
  }

  /** Shorthand for {@code index(field, valueHash(field, value))}. */
  public int index(int field, CharSequence value) {
    return index(field, valueHash(field, value));
  }

  private static int ceilLog2(int n) {
    return n <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(n - 1);
  }

  @Override
  public String toString() {
    return "FeatureHasher[" + layout + ", bits=" + bits + ", fields=" + fieldNames.size() + "]";
  }
}
