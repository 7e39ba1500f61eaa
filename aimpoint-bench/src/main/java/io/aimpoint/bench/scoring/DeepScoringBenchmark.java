package io.aimpoint.bench.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.data.Inputs;
import io.aimpoint.ml.data.LoggedImpressions;
import io.aimpoint.ml.deep.DeepArchitecture;
import io.aimpoint.ml.deep.DeepCtrModel;
import io.aimpoint.ml.deep.DeepOptions;
import io.aimpoint.ml.feature.AdFeatureSpec;
import io.aimpoint.ml.feature.SnapshotEncoder;
import io.aimpoint.ml.model.CtrModel;
import io.aimpoint.ml.registry.ModelDirectory;
import io.aimpoint.ml.registry.TrainedModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One decision's scoring with a deep model: {@value #CANDIDATES} candidates against one request, on
 * one thread, in a single {@code score(shared, candidates)} call, with the features of the default
 * ad feature spec ({@link AdFeatureSpec#defaults()} fitted to the model's 2^{@value #BITS} rows, as
 * {@code train} fits it): every field and cross the serving path encodes, each source filled as a
 * busy user's would be (every multi-valued source at its {@code maxTokens}, or {@value
 * #TOKENS_WITHOUT_CAP} tokens without one, so the keyword crosses are at their largest). Each
 * invocation scores a different request of a pool, so the request-side work is measured too.
 *
 * <p>The model is the untrained network of the default options (embeddings of 8, MLP 256-128, 2
 * cross layers, a 2^18-row table): the cost does not depend on the weights' values, except that
 * ReLU zeros skip their weight rows, which trained networks have as well. {@code modelDir} scores a
 * trained model directory instead, with the feature spec of its manifest.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeepScoringBenchmark {
  static final int CANDIDATES = 200;
  static final int BITS = 18;
  static final int TOKENS_WITHOUT_CAP = 20;
  private static final int REQUESTS = 64;

  @Param({"DEEPFM", "DCNV2"})
  public String architecture;

  /** A trained model directory to score with instead of the untrained network; empty: none. */
  @Param({""})
  public String modelDir = "";

  /**
   * An impression log whose logged snapshots are scored instead of synthetic ones: request {@code
   * r} is line {@code r}'s request snapshot, its candidates the candidate snapshots of the
   * following {@value #CANDIDATES} lines (other decisions' ads: their sizes are what matters);
   * empty: synthetic snapshots.
   */
  @Param({""})
  public String snapshots = "";

  private CtrModel model;
  private final List<Features> requests = new ArrayList<>();
  private final List<List<Features>> candidates = new ArrayList<>();
  private final double[] out = new double[CANDIDATES];
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SnapshotEncoder encoder;
    if (modelDir.isEmpty()) {
      encoder = new SnapshotEncoder(AdFeatureSpec.defaults().fittedTo(BITS));
      DeepOptions options =
          DeepOptions.defaults().withArchitecture(DeepArchitecture.valueOf(architecture));
      model = DeepCtrModel.untrained(options, encoder.fieldCount(), BITS);
    } else {
      TrainedModel trained = (TrainedModel) ModelDirectory.read(Path.of(modelDir));
      encoder = trained.manifest().features().encoder();
      model = trained;
    }
    if (!snapshots.isEmpty()) {
      logged(encoder, Path.of(snapshots));
      return;
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int r = 0; r < REQUESTS; r++) {
      SnapshotEncoder.Request request =
          encoder.request(snapshot(encoder.spec(), AdFeatureSpec.Side.REQUEST, random));
      requests.add(request.features());
      List<Features> own = new ArrayList<>(CANDIDATES);
      for (int c = 0; c < CANDIDATES; c++) {
        own.add(
            encoder.encodeCandidate(
                request, snapshot(encoder.spec(), AdFeatureSpec.Side.CANDIDATE, random)));
      }
      candidates.add(own);
    }
  }

  private void logged(SnapshotEncoder encoder, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<FeatureSnapshot[]> lines = new ArrayList<>();
    try (BufferedReader in = Inputs.open(file)) {
      String line;
      while (lines.size() < REQUESTS * (CANDIDATES + 1) && (line = in.readLine()) != null) {
        JsonNode root = json.readTree(line);
        lines.add(
            new FeatureSnapshot[] {
              LoggedImpressions.snapshot(root.get("request"), "request"),
              LoggedImpressions.snapshot(root.get("candidate"), "candidate")
            });
      }
    }
    if (lines.size() < REQUESTS * (CANDIDATES + 1)) {
      throw new IllegalArgumentException(
          file + " has " + lines.size() + " lines; " + REQUESTS * (CANDIDATES + 1) + " needed");
    }
    for (int r = 0; r < REQUESTS; r++) {
      int first = r * (CANDIDATES + 1);
      SnapshotEncoder.Request request = encoder.request(lines.get(first)[0]);
      requests.add(request.features());
      List<Features> own = new ArrayList<>(CANDIDATES);
      for (int c = 1; c <= CANDIDATES; c++) {
        own.add(encoder.encodeCandidate(request, lines.get(first + c)[1]));
      }
      candidates.add(own);
    }
  }

  /** A snapshot with every source of {@code side}'s fields filled. */
  static FeatureSnapshot snapshot(
      AdFeatureSpec spec, AdFeatureSpec.Side side, SplittableRandom random) {
    FeatureSnapshot.Builder b = FeatureSnapshot.builder();
    for (AdFeatureSpec.Field f : spec.fields()) {
      if (f.side() != side) {
        continue;
      }
      int n = f.maxTokens() == null ? TOKENS_WITHOUT_CAP : f.maxTokens();
      switch (f.type()) {
        case CATEGORICAL -> b.token(f.source(), "t" + random.nextInt(100_000));
        case MULTI -> b.tokens(f.source(), tokens(n, random));
        case WEIGHTED, RELATIVE -> {
          List<Double> weights = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            weights.add(random.nextDouble() * 10);
          }
          b.weighted(f.source(), tokens(n, random), weights);
        }
        case BUCKETED, DENSE -> b.number(f.source(), random.nextDouble() * 10);
      }
    }
    return b.build();
  }

  private static List<String> tokens(int n, SplittableRandom random) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add("t" + random.nextInt(100_000));
    }
    return out;
  }

  @Benchmark
  public double[] score200Candidates() {
    Features request = requests.get(next);
    List<Features> own = candidates.get(next);
    next = (next + 1) % REQUESTS;
    model.score(request, own, out);
    return out;
  }
}
