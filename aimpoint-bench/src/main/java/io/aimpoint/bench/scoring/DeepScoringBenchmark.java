package io.aimpoint.bench.scoring;

import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.deep.DeepArchitecture;
import io.aimpoint.ml.deep.DeepCtrModel;
import io.aimpoint.ml.deep.DeepOptions;
import io.aimpoint.ml.model.CtrModel;
import io.aimpoint.ml.registry.ModelDirectory;
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
 * one thread, in a single {@code score(shared, candidates)} call. Requests carry {@value
 * #REQUEST_FEATURES} features over {@value #REQUEST_FIELDS} fields (one multi-valued, like page
 * keywords), candidates {@value #CANDIDATE_FEATURES} features over as many fields (ad fields and
 * user-ad crosses), as in the logs format. Each invocation scores a different request of a pool, so
 * the request-side work is measured too.
 *
 * <p>The model is the untrained network of the default options (embeddings of 8, MLP 256-128, 2
 * cross layers, a 2^18-row table): the cost does not depend on the weights' values, except that
 * ReLU zeros skip their weight rows, which trained networks have as well. {@code modelDir} scores a
 * trained model directory instead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DeepScoringBenchmark {
  static final int CANDIDATES = 200;
  static final int REQUEST_FIELDS = 17;
  static final int REQUEST_FEATURES = 20;
  static final int CANDIDATE_FEATURES = 10;
  static final int BITS = 18;
  private static final int REQUESTS = 64;

  @Param({"DEEPFM", "DCNV2"})
  public String architecture;

  /** A trained model directory to score with instead of the untrained network; empty: none. */
  @Param({""})
  public String modelDir;

  private CtrModel model;
  private final List<Features> requests = new ArrayList<>();
  private final List<Features> candidates = new ArrayList<>();
  private final double[] out = new double[CANDIDATES];
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    int fields = REQUEST_FIELDS + CANDIDATE_FEATURES;
    if (modelDir.isEmpty()) {
      DeepOptions options =
          DeepOptions.defaults().withArchitecture(DeepArchitecture.valueOf(architecture));
      model = DeepCtrModel.untrained(options, fields, BITS);
    } else {
      model = ModelDirectory.read(Path.of(modelDir));
      if (model instanceof io.aimpoint.ml.registry.TrainedModel t
          && t.raw() instanceof DeepCtrModel deep) {
        fields = Math.min(fields, deep.fields());
      }
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int r = 0; r < REQUESTS; r++) {
      Features.Builder b = Features.builder();
      for (int i = 0; i < REQUEST_FEATURES; i++) {
        int field = Math.min(i, REQUEST_FIELDS - 1) % fields; // the last field is multi-valued
        b.add(field, random.nextInt(1 << BITS));
      }
      requests.add(b.build());
    }
    for (int c = 0; c < CANDIDATES; c++) {
      Features.Builder b = Features.builder();
      for (int i = 0; i < CANDIDATE_FEATURES; i++) {
        b.add((REQUEST_FIELDS + i) % fields, random.nextInt(1 << BITS));
      }
      candidates.add(b.build());
    }
  }

  @Benchmark
  public double[] score200Candidates() {
    Features request = requests.get(next);
    next = (next + 1) % REQUESTS;
    model.score(request, candidates, out);
    return out;
  }
}
