package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.feature.FeatureHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Single-threaded training throughput of the plain-Java CTR models on synthetic hashed data, run by
 * hand (not a test): {@code java -cp aimpoint-ml/target/classes:aimpoint-ml/target/test-classes
 * io.aimpoint.ml.model.CtrThroughputBenchmark [examples] [passes] [bits]}.
 *
 * <p>Examples have 40 one-hot features, one per field, hashed into 2^bits slots (default 22). Two
 * value distributions bracket real logs: "zipf" (log-uniform ranks over per-field cardinalities
 * from 10 to 10^7, so hot values stay in cache, as in Criteo/Avazu) and "uniform" (every feature a
 * random slot: every access a cache miss, the worst case). Labels come from a hidden logistic
 * model, CTR about 5%. The data is generated before timing; each pass is timed and the median
 * reported.
 */
public final class CtrThroughputBenchmark {
  private static final int FIELDS = 40;

  private CtrThroughputBenchmark() {}

  public static void main(String[] args) {
    int examples = args.length > 0 ? Integer.parseInt(args[0]) : 500_000;
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int bits = args.length > 2 ? Integer.parseInt(args[2]) : 22;
    System.out.printf(
        Locale.ROOT,
        "examples/pass=%d passes=%d features/example=%d bits=%d%n",
        examples,
        passes,
        FIELDS,
        bits);
    for (String distribution : List.of("zipf", "uniform")) {
      List<Example> data = generate(examples, distribution.equals("zipf"), bits, 42);
      run(
          "ftrl",
          distribution,
          data,
          passes,
          () -> new FtrlProximal(FtrlOptions.defaults().withBits(bits)));
      run(
          "fm k=8",
          distribution,
          data,
          passes,
          () ->
              new FactorizationMachine(
                  FmOptions.defaults().withLinear(FtrlOptions.defaults().withBits(bits))));
    }
  }

  private static void run(
      String model,
      String distribution,
      List<Example> data,
      int passes,
      Supplier<OnlineLearner> factory) {
    OnlineLearner learner = factory.get();
    double[] rates = new double[passes];
    double sink = 0;
    for (int pass = 0; pass < passes; pass++) {
      long start = System.nanoTime();
      for (int i = 0, n = data.size(); i < n; i++) {
        sink += learner.learn(data.get(i));
      }
      rates[pass] = data.size() / ((System.nanoTime() - start) / 1e9);
    }
    // the first two passes include JIT compilation and first-touch page faults
    double[] measured = Arrays.copyOfRange(rates, Math.min(2, passes - 1), passes);
    Arrays.sort(measured);
    System.out.printf(
        Locale.ROOT,
        "%-8s %-8s median %,.0f ex/s  (min %,.0f, max %,.0f over %d passes)  [mean p %.4f]%n",
        model,
        distribution,
        measured[measured.length / 2],
        measured[0],
        measured[measured.length - 1],
        measured.length,
        sink / (passes * (double) data.size()));
  }

  static List<Example> generate(int n, boolean zipf, int bits, long seed) {
    List<String> names = new ArrayList<>();
    for (int f = 0; f < FIELDS; f++) {
      names.add("f" + f);
    }
    FeatureHasher hasher = FeatureHasher.global(names, bits);
    SplittableRandom random = new SplittableRandom(seed);
    double[] logCardinality = new double[FIELDS];
    for (int f = 0; f < FIELDS; f++) {
      logCardinality[f] = Math.log(10) * (1 + 6.0 * f / (FIELDS - 1)); // 10 .. 10^7
    }
    List<Example> out = new ArrayList<>(n);
    int[] fields = new int[FIELDS];
    int[] indices = new int[FIELDS];
    for (int i = 0; i < n; i++) {
      double margin = -3.2;
      for (int f = 0; f < FIELDS; f++) {
        long value =
            zipf
                ? (long) Math.exp(random.nextDouble() * logCardinality[f])
                : random.nextInt(1 << bits);
        int hash = hasher.valueHash(f, value);
        fields[f] = f;
        indices[f] = zipf ? hasher.index(f, hash) : (int) value;
        margin += 0.15 * (((hash >>> 7) & 7) - 3.5) / 3.5; // hidden weight in [-0.15, 0.15]
      }
      int label = random.nextDouble() < 1 / (1 + Math.exp(-margin)) ? 1 : 0;
      out.add(new Example(label, Features.oneHot(fields, indices)));
    }
    return out;
  }
}
