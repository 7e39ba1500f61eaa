package io.aimpoint.ml.feature;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The declarative feature spec of the ad ranking models: which fields a model sees, where each
 * field's raw value comes from (a named source of a {@link
 * io.aimpoint.core.event.FeatureSnapshot}), how the value is encoded, which side of the decision it
 * belongs to and how large its hashed space is, plus the crosses of two fields. It is stored in
 * each model's manifest, so a model carries the spec it was trained with and serving encodes
 * exactly as training did ({@link SnapshotEncoder}).
 *
 * <p>The default spec is the resource {@code ad-features.json} beside this class; docs/features.md
 * explains every field. A spec can also be read from a file ({@link #read(Path)}).
 *
 * @param version the spec's own version, for the record
 * @param fields the fields, in the order that gives them their field ids
 * @param crosses crosses of two fields; their field ids follow the fields'
 */
public record AdFeatureSpec(int version, List<Field> fields, List<Cross> crosses) {
  /** Largest hashed space of one field. */
  public static final int MAX_FIELD_BITS = 24;

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .serializationInclusion(JsonInclude.Include.NON_NULL)
          .build();

  /** How a field turns its source's raw value into features. */
  public enum Type {
    /** One token, one-hot; a missing value is the field's "missing" feature. */
    CATEGORICAL,
    /** Every token (up to {@code maxTokens}) is a feature of value 1. */
    MULTI,
    /** Every token with its weight's bucket (by {@code boundaries}) is a feature of value 1. */
    WEIGHTED,
    /**
     * As {@code weighted}, but each weight is first divided by the source's largest weight, so the
     * bucket says how strong a token is for this snapshot (1 is its strongest) rather than how
     * large its raw weight is: a user's share of interest in a category, whether the user is very
     * active or not.
     */
    RELATIVE,
    /** A number's bucket (by {@code boundaries}) is a one-hot feature. */
    BUCKETED,
    /** A number as the value of one feature of the field (missing: the "missing" feature). */
    DENSE;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Type parse(String id) {
      return Type.valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** Which side of a decision a field describes: computed once per request, or per candidate. */
  public enum Side {
    REQUEST,
    CANDIDATE;

    @JsonValue
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Side parse(String id) {
      return Side.valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * One field.
   *
   * @param name unique field name (it also seeds the field's hash)
   * @param source the snapshot source the raw value is read from
   * @param type how the value is encoded
   * @param side request or candidate
   * @param bits the field's space has {@code 2^bits} slots (1..{@value #MAX_FIELD_BITS}); a
   *     bucketed field needs one per bucket plus one for missing, a dense field has exactly 2
   * @param boundaries ascending bucket boundaries of {@code bucketed}, {@code weighted} and {@code
   *     relative}: value {@code x} is in bucket {@code i} = the number of boundaries {@code <= x};
   *     null otherwise
   * @param maxTokens at most this many tokens of a {@code multi}, {@code weighted} or {@code
   *     relative} source are used (the first ones); null for all
   */
  public record Field(
      String name,
      String source,
      Type type,
      Side side,
      int bits,
      List<Double> boundaries,
      Integer maxTokens) {
    public Field {
      if (name == null || name.isBlank() || name.contains("*")) {
        throw new IllegalArgumentException("a field needs a name without '*'; name=" + name);
      }
      if (source == null || source.isBlank()) {
        throw new IllegalArgumentException("field " + name + " needs a source");
      }
      if (type == null || side == null) {
        throw new IllegalArgumentException("field " + name + " needs a type and a side");
      }
      checkBits(name, bits);
      boolean bucketed = type == Type.BUCKETED || type == Type.WEIGHTED || type == Type.RELATIVE;
      if (bucketed != (boundaries != null && !boundaries.isEmpty())) {
        throw new IllegalArgumentException(
            "field " + name + ": boundaries are needed by bucketed and weighted fields only");
      }
      if (boundaries != null) {
        boundaries = List.copyOf(boundaries);
        for (int i = 0; i < boundaries.size(); i++) {
          double b = boundaries.get(i);
          if (!Double.isFinite(b) || (i > 0 && b <= boundaries.get(i - 1))) {
            throw new IllegalArgumentException(
                "field " + name + ": boundaries must be finite and ascending; " + boundaries);
          }
        }
      }
      if (type == Type.BUCKETED && (1L << bits) < boundaries.size() + 2L) {
        throw new IllegalArgumentException(
            "field "
                + name
                + ": a bucketed field needs a slot per bucket and one for missing; bits="
                + bits
                + ", buckets="
                + (boundaries.size() + 1));
      }
      if (type == Type.DENSE && bits != 1) {
        throw new IllegalArgumentException(
            "field " + name + ": a dense field has two slots (value, missing); bits must be 1");
      }
      if (maxTokens != null && maxTokens < 1) {
        throw new IllegalArgumentException(
            "field " + name + ": maxTokens must be positive; maxTokens=" + maxTokens);
      }
    }

    /** The bucket of {@code x}: how many boundaries are {@code <= x}. */
    public int bucket(double x) {
      int lo = 0;
      int hi = boundaries.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (boundaries.get(mid) <= x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * The cross of two (non-dense) fields: one feature per pair of their values (up to {@link
   * SnapshotEncoder#MAX_CROSS_VALUES} values of each side), named {@code left*right}.
   *
   * @param bits the cross's hashed space has {@code 2^bits} slots
   */
  public record Cross(String left, String right, int bits) {
    public Cross {
      checkBits(left + "*" + right, bits);
    }

    public String name() {
      return left + "*" + right;
    }
  }

  public AdFeatureSpec {
    fields = List.copyOf(fields);
    crosses = crosses == null ? List.of() : List.copyOf(crosses);
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a feature spec needs at least one field");
    }
    Map<String, Field> byName = new HashMap<>();
    for (Field f : fields) {
      if (byName.put(f.name(), f) != null) {
        throw new IllegalArgumentException("field names must be unique; name=" + f.name());
      }
    }
    for (Cross c : crosses) {
      for (String side : List.of(c.left(), c.right())) {
        Field f = byName.get(side);
        if (f == null || f.type() == Type.DENSE) {
          throw new IllegalArgumentException(
              "cross "
                  + c.name()
                  + " needs two non-dense fields of the spec; unknown or dense: "
                  + side);
        }
      }
    }
  }

  private static void checkBits(String name, int bits) {
    if (bits < 1 || bits > MAX_FIELD_BITS) {
      throw new IllegalArgumentException(
          "field " + name + ": bits must be in 1.." + MAX_FIELD_BITS + "; bits=" + bits);
    }
  }

  /** The field called {@code name}. */
  public Field field(String name) {
    for (Field f : fields) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown field; name=" + name);
  }

  /** The spec shipped with Aimpoint (resource {@code ad-features.json}). */
  public static AdFeatureSpec defaults() {
    try (InputStream in = AdFeatureSpec.class.getResourceAsStream("ad-features.json")) {
      if (in == null) {
        throw new IllegalStateException("the resource ad-features.json is missing");
      }
      return JSON.readValue(in, AdFeatureSpec.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the default feature spec", e);
    }
  }

  /** Reads a spec from a JSON file. */
  public static AdFeatureSpec read(Path file) throws IOException {
    try {
      return JSON.readValue(Files.readAllBytes(file), AdFeatureSpec.class);
    } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
      throw new IOException("bad feature spec " + file + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Parses a spec from JSON text. */
  public static AdFeatureSpec parse(String json) throws IOException {
    return JSON.readValue(json, AdFeatureSpec.class);
  }

  /** The spec as indented JSON. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the feature spec", e);
    }
  }

  /**
   * This spec with every field's and cross's space capped at {@code maxBits}, the largest cap for
   * which the total index space of the encoder fits in {@code 2^totalBits}; used to train a smaller
   * model from the same logs.
   */
  public AdFeatureSpec fittedTo(int totalBits) {
    for (int cap = MAX_FIELD_BITS; cap >= 1; cap--) {
      AdFeatureSpec capped = cappedAt(cap);
      if (capped.slots() <= 1L << totalBits) {
        return capped;
      }
    }
    throw new IllegalArgumentException(
        "the spec's " + (fields.size() + crosses.size()) + " fields do not fit in 2^" + totalBits);
  }

  private AdFeatureSpec cappedAt(int cap) {
    List<Field> f =
        fields.stream()
            .map(
                x ->
                    new Field(
                        x.name(),
                        x.source(),
                        x.type(),
                        x.side(),
                        Math.max(minBits(x), Math.min(cap, x.bits())),
                        x.boundaries(),
                        x.maxTokens()))
            .toList();
    List<Cross> c =
        crosses.stream().map(x -> new Cross(x.left(), x.right(), Math.min(cap, x.bits()))).toList();
    return new AdFeatureSpec(version, f, c);
  }

  /** The fewest bits a field can have: a bucketed one needs a slot per bucket and for missing. */
  private static int minBits(Field f) {
    if (f.type() != Type.BUCKETED) {
      return 1;
    }
    int slots = f.boundaries().size() + 2;
    return 32 - Integer.numberOfLeadingZeros(slots - 1);
  }

  /** The number of hashed slots of all fields and crosses together. */
  long slots() {
    long n = 0;
    for (Field f : fields) {
      n += 1L << f.bits();
    }
    for (Cross c : crosses) {
      n += 1L << c.bits();
    }
    return n;
  }
}
