package io.aimpoint.core.event;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The raw model inputs of one side of a decision (the request, or one candidate ad) as they were
 * when it was decided, keyed by source name (e.g. {@code user.gender}), before any hashing or
 * bucketing: a model with another feature spec, other hashed space sizes or other bucket boundaries
 * can be trained from the same logs.
 *
 * <p>A source has tokens (one for a categorical value, several for a multi-valued one), optionally
 * with one weight per token (e.g. interest categories and their weights), or a number. A source
 * absent from all three maps has no value ("missing"), which a feature spec encodes as the field's
 * missing value. Keys are kept sorted so that the same snapshot always serializes the same way.
 *
 * @param tokens categorical and multi-valued sources, tokens in their meaningful order
 * @param weights for weighted sources, one weight per token of {@code tokens}
 * @param numbers numeric sources (finite values only)
 */
public record FeatureSnapshot(
    Map<String, List<String>> tokens,
    Map<String, List<Double>> weights,
    Map<String, Double> numbers) {

  /** A snapshot with no values. */
  public static final FeatureSnapshot EMPTY = new FeatureSnapshot(Map.of(), Map.of(), Map.of());

  public FeatureSnapshot {
    tokens = sortedCopy(tokens);
    weights = sortedCopy(weights);
    numbers = numbers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(numbers));
    for (var e : weights.entrySet()) {
      List<String> t = tokens.get(e.getKey());
      if (t == null || t.size() != e.getValue().size()) {
        throw new IllegalArgumentException(
            "weights need one token each; source=" + e.getKey() + ", tokens=" + t);
      }
    }
    for (var e : numbers.entrySet()) {
      if (e.getValue() == null || !Double.isFinite(e.getValue())) {
        throw new IllegalArgumentException(
            "numbers must be finite; source=" + e.getKey() + ", value=" + e.getValue());
      }
    }
  }

  /** The tokens of {@code source}, empty when it has none. */
  public List<String> tokensOf(String source) {
    return tokens.getOrDefault(source, List.of());
  }

  /** The weights of {@code source}'s tokens, empty when it has none. */
  public List<Double> weightsOf(String source) {
    return weights.getOrDefault(source, List.of());
  }

  /** The number of {@code source}, or null when it has none. */
  public Double numberOf(String source) {
    return numbers.get(source);
  }

  /** This snapshot with {@code source} set to the number {@code value} (replacing any). */
  public FeatureSnapshot withNumber(String source, double value) {
    Map<String, Double> n = new TreeMap<>(numbers);
    n.put(source, value);
    return new FeatureSnapshot(tokens, weights, n);
  }

  /** Whether the snapshot holds any value; named so that JSON mappers do not see a property. */
  public boolean hasValues() {
    return !tokens.isEmpty() || !numbers.isEmpty();
  }

  private static <V> Map<String, List<V>> sortedCopy(Map<String, List<V>> in) {
    if (in == null || in.isEmpty()) {
      return Map.of();
    }
    TreeMap<String, List<V>> out = new TreeMap<>();
    for (var e : in.entrySet()) {
      if (e.getValue() != null && !e.getValue().isEmpty()) {
        out.put(e.getKey(), List.copyOf(e.getValue()));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** Collects the values of one snapshot; not thread-safe, used once. */
  public static final class Builder {
    private final Map<String, List<String>> tokens = new TreeMap<>();
    private final Map<String, List<Double>> weights = new TreeMap<>();
    private final Map<String, Double> numbers = new TreeMap<>();

    /** One categorical token; a null or blank token leaves the source missing. */
    public Builder token(String source, String token) {
      if (token != null && !token.isBlank()) {
        tokens.put(source, List.of(token));
      }
      return this;
    }

    /** Several tokens in order; null and blank ones are skipped, none leaves it missing. */
    public Builder tokens(String source, List<String> values) {
      List<String> kept = new ArrayList<>(values.size());
      for (String v : values) {
        if (v != null && !v.isBlank()) {
          kept.add(v);
        }
      }
      if (!kept.isEmpty()) {
        tokens.put(source, kept);
      }
      return this;
    }

    /** Tokens with one weight each (same order). */
    public Builder weighted(String source, List<String> values, List<Double> valueWeights) {
      if (values.size() != valueWeights.size()) {
        throw new IllegalArgumentException(
            "one weight per token; source=" + source + ", tokens=" + values.size());
      }
      if (!values.isEmpty()) {
        tokens.put(source, values);
        weights.put(source, valueWeights);
      }
      return this;
    }

    /** A number; NaN or infinite leaves the source missing. */
    public Builder number(String source, double value) {
      if (Double.isFinite(value)) {
        numbers.put(source, value);
      }
      return this;
    }

    public FeatureSnapshot build() {
      return new FeatureSnapshot(tokens, weights, numbers);
    }
  }

  public static Builder builder() {
    return new Builder();
  }
}
