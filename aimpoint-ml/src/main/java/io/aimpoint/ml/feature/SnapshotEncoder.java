package io.aimpoint.ml.feature;

import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.ml.data.Features;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Encodes feature snapshots into sparse {@link Features} as an {@link AdFeatureSpec} says: the one
 * code path from raw values to model inputs, used by serving (on the snapshots it has just
 * extracted) and by training (on the snapshots read back from the logs), so both produce identical
 * features.
 *
 * <p>Layout: field {@code f} (the spec's fields in order, then its crosses) has the field id {@code
 * f} and owns the index range {@code [offset(f), offset(f) + 2^bits(f))}; the ranges are laid end
 * to end, so values collide only within their own field and field-aware models can use one table
 * per field. The total space is {@code 2^}{@link #bits()} slots.
 *
 * <ul>
 *   <li>{@code categorical}: the first token's MurmurHash3 (seeded by the field name) folded into
 *       the field's range; no token is the field's "missing" value, itself a feature.
 *   <li>{@code multi}: one feature per token (at most {@code maxTokens}); none is "missing".
 *   <li>{@code weighted}: one feature per token, hashed together with the bucket of its weight.
 *   <li>{@code relative}: as weighted, with each weight divided by the source's largest first.
 *   <li>{@code bucketed}: slot {@code 1 + bucket} (slot 0 is "missing"); no hashing, no collision.
 *   <li>{@code dense}: slot 1 with the number as its value, or slot 0 with value 1 when missing.
 *   <li>crosses: one feature per pair of the two fields' value hashes (at most {@link
 *       #MAX_CROSS_VALUES} values per side), a missing side taking part as its "missing" value.
 * </ul>
 *
 * <p>A row lists the request side's fields (spec order), the crosses of two request fields, the
 * candidate side's fields, then the other crosses. The request side is encoded once per decision
 * ({@link #request}) and shared by all candidates ({@link #encode(Request, FeatureSnapshot)}).
 * Instances are immutable and thread-safe.
 */
public final class SnapshotEncoder {
  /** Values of one side of a cross that take part in it; more are ignored. */
  public static final int MAX_CROSS_VALUES = 16;

  private static final int FIELD_SEED = 0x5eed_ad5f;
  private static final long MISSING_TOKEN = 0x6d69_7373_696e_6700L; // "missing\0"

  private final AdFeatureSpec spec;
  private final List<String> names;
  private final int[] seeds;
  private final int[] offsets;
  private final int[] masks;
  private final int[] missing;
  private final int[] requestFields;
  private final int[] candidateFields;
  private final int[] requestCrosses;
  private final int[] candidateCrosses;
  private final int[] crossLeft;
  private final int[] crossRight;
  private final int bits;

  public SnapshotEncoder(AdFeatureSpec spec) {
    this.spec = spec;
    int n = spec.fields().size() + spec.crosses().size();
    List<String> all = new ArrayList<>(n);
    spec.fields().forEach(f -> all.add(f.name()));
    spec.crosses().forEach(c -> all.add(c.name()));
    this.names = Collections.unmodifiableList(all);
    this.seeds = new int[n];
    this.offsets = new int[n];
    this.masks = new int[n];
    this.missing = new int[n];
    long offset = 0;
    for (int f = 0; f < n; f++) {
      int fieldBits =
          f < spec.fields().size()
              ? spec.fields().get(f).bits()
              : spec.crosses().get(f - spec.fields().size()).bits();
      seeds[f] = MurmurHash3.hash32(all.get(f), FIELD_SEED);
      missing[f] = MurmurHash3.hash32(MISSING_TOKEN, seeds[f]);
      offsets[f] = (int) offset;
      masks[f] = (1 << fieldBits) - 1;
      offset += 1L << fieldBits;
    }
    this.bits = 64 - Long.numberOfLeadingZeros(offset - 1);
    if (bits > FeatureHasher.MAX_BITS) {
      throw new IllegalArgumentException(
          "the spec's fields need 2^" + bits + " slots; at most 2^" + FeatureHasher.MAX_BITS);
    }
    List<Integer> req = new ArrayList<>();
    List<Integer> cand = new ArrayList<>();
    for (int f = 0; f < spec.fields().size(); f++) {
      (spec.fields().get(f).side() == AdFeatureSpec.Side.REQUEST ? req : cand).add(f);
    }
    this.requestFields = ints(req);
    this.candidateFields = ints(cand);
    int crosses = spec.crosses().size();
    this.crossLeft = new int[crosses];
    this.crossRight = new int[crosses];
    List<Integer> reqCrosses = new ArrayList<>();
    List<Integer> candCrosses = new ArrayList<>();
    for (int c = 0; c < crosses; c++) {
      AdFeatureSpec.Cross cross = spec.crosses().get(c);
      crossLeft[c] = all.indexOf(cross.left());
      crossRight[c] = all.indexOf(cross.right());
      boolean requestOnly = isRequest(crossLeft[c]) && isRequest(crossRight[c]);
      (requestOnly ? reqCrosses : candCrosses).add(c);
    }
    this.requestCrosses = ints(reqCrosses);
    this.candidateCrosses = ints(candCrosses);
  }

  /** An encoder of the default spec. */
  public static SnapshotEncoder defaults() {
    return new SnapshotEncoder(AdFeatureSpec.defaults());
  }

  public AdFeatureSpec spec() {
    return spec;
  }

  /** Indices are in {@code [0, 2^bits)}. */
  public int bits() {
    return bits;
  }

  /** Fields and crosses: the field ids are {@code 0..fieldCount()-1}. */
  public int fieldCount() {
    return names.size();
  }

  /** The names of the fields, then of the crosses ({@code left*right}), by field id. */
  public List<String> fieldNames() {
    return names;
  }

  /** The first index of field {@code field}'s range. */
  public int offset(int field) {
    return offsets[field];
  }

  /** The request side of a decision, encoded once and shared by its candidates. */
  public static final class Request {
    private final Features features;
    private final int[][] hashes;

    private Request(Features features, int[][] hashes) {
      this.features = features;
      this.hashes = hashes;
    }

    /** The request side's features (its fields and the crosses of two request fields). */
    public Features features() {
      return features;
    }
  }

  /** Encodes the request side of a decision. */
  public Request request(FeatureSnapshot snapshot) {
    int[][] hashes = new int[spec.fields().size()][];
    Features.Builder out = Features.builder();
    for (int f : requestFields) {
      hashes[f] = field(f, snapshot, out);
    }
    for (int c : requestCrosses) {
      cross(c, hashes, out);
    }
    return new Request(out.build(), hashes);
  }

  /** The features of one candidate: the request's, then the candidate's, then their crosses. */
  public Features encode(Request request, FeatureSnapshot candidate) {
    return Features.concat(request.features, encodeCandidate(request, candidate));
  }

  /**
   * The candidate's own part of {@link #encode(Request, FeatureSnapshot)}: its fields and the
   * crosses that involve it, without the request's features (what {@code CtrModel.score} takes per
   * candidate).
   */
  public Features encodeCandidate(Request request, FeatureSnapshot candidate) {
    int[][] hashes = request.hashes.clone();
    Features.Builder out = Features.builder();
    for (int f : candidateFields) {
      hashes[f] = field(f, candidate, out);
    }
    for (int c : candidateCrosses) {
      cross(c, hashes, out);
    }
    return out.build();
  }

  /** Shorthand for encoding one (request, candidate) pair. */
  public Features encode(FeatureSnapshot request, FeatureSnapshot candidate) {
    return encode(request(request), candidate);
  }

  /** Adds field {@code f}'s features; returns its value hashes, for crosses. */
  private int[] field(int f, FeatureSnapshot snapshot, Features.Builder out) {
    AdFeatureSpec.Field field = spec.fields().get(f);
    return switch (field.type()) {
      case CATEGORICAL -> {
        List<String> tokens = snapshot.tokensOf(field.source());
        int h = tokens.isEmpty() ? missing[f] : MurmurHash3.hash32(tokens.get(0), seeds[f]);
        out.add(f, slot(f, h));
        yield new int[] {h};
      }
      case MULTI, WEIGHTED, RELATIVE -> tokens(f, field, snapshot, out);
      case BUCKETED -> {
        Double x = snapshot.numberOf(field.source());
        int bucket = x == null ? -1 : field.bucket(x);
        out.add(f, offsets[f] + bucket + 1);
        yield new int[] {x == null ? missing[f] : MurmurHash3.hash32((long) bucket, seeds[f])};
      }
      case DENSE -> {
        Double x = snapshot.numberOf(field.source());
        if (x == null) {
          out.add(f, offsets[f], 1f);
        } else {
          out.add(f, offsets[f] + 1, (float) x.doubleValue());
        }
        yield new int[] {missing[f]};
      }
    };
  }

  private int[] tokens(
      int f, AdFeatureSpec.Field field, FeatureSnapshot snapshot, Features.Builder out) {
    List<String> tokens = snapshot.tokensOf(field.source());
    if (tokens.isEmpty()) {
      out.add(f, slot(f, missing[f]));
      return new int[] {missing[f]};
    }
    int n = field.maxTokens() == null ? tokens.size() : Math.min(field.maxTokens(), tokens.size());
    List<Double> weights =
        field.type() == AdFeatureSpec.Type.MULTI ? null : snapshot.weightsOf(field.source());
    double scale = 1;
    if (field.type() == AdFeatureSpec.Type.RELATIVE && weights != null) {
      double max = 0;
      for (double w : weights) {
        max = Math.max(max, w);
      }
      scale = max > 0 ? 1 / max : 1;
    }
    int[] hashes = new int[n];
    for (int i = 0; i < n; i++) {
      int h = MurmurHash3.hash32(tokens.get(i), seeds[f]);
      if (weights != null) {
        // A weighted source without weights (a hand-made snapshot) counts every token as bucket 0.
        int bucket = weights.isEmpty() ? 0 : field.bucket(weights.get(i) * scale);
        h = MurmurHash3.hash32(((long) h << 32) | bucket, seeds[f]);
      }
      hashes[i] = h;
      out.add(f, slot(f, h));
    }
    return hashes;
  }

  private void cross(int c, int[][] hashes, Features.Builder out) {
    int target = spec.fields().size() + c;
    int[] left = hashes[crossLeft[c]];
    int[] right = hashes[crossRight[c]];
    int nl = Math.min(MAX_CROSS_VALUES, left.length);
    int nr = Math.min(MAX_CROSS_VALUES, right.length);
    for (int i = 0; i < nl; i++) {
      for (int j = 0; j < nr; j++) {
        long pair = ((long) left[i] << 32) | (right[j] & 0xffff_ffffL);
        out.add(target, slot(target, MurmurHash3.hash32(pair, seeds[target])));
      }
    }
  }

  private int slot(int f, int hash) {
    return offsets[f] + (hash & masks[f]);
  }

  private boolean isRequest(int field) {
    return spec.fields().get(field).side() == AdFeatureSpec.Side.REQUEST;
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public String toString() {
    return "SnapshotEncoder[fields=" + names.size() + ", bits=" + bits + "]";
  }
}
