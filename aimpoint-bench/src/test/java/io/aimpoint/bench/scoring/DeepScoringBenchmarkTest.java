package io.aimpoint.bench.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.aimpoint.core.event.FeatureSnapshot;
import io.aimpoint.ml.feature.AdFeatureSpec;
import io.aimpoint.ml.feature.SnapshotEncoder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DeepScoringBenchmarkTest {
  @Test
  void scores_candidates_encoded_with_every_field_of_the_default_spec() throws Exception {
    DeepScoringBenchmark benchmark = new DeepScoringBenchmark();
    benchmark.architecture = "DEEPFM";
    benchmark.modelDir = "";
    benchmark.setUp();

    double[] scores = benchmark.score200Candidates();

    assertThat(scores).hasSize(DeepScoringBenchmark.CANDIDATES);
    for (double p : scores) {
      assertThat(p).isStrictlyBetween(0.0, 1.0);
    }
  }

  @Test
  void scores_the_snapshots_of_an_impression_log(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path log = dir.resolve("log.jsonl.gz");
    AdFeatureSpec spec = AdFeatureSpec.defaults();
    SplittableRandom random = new SplittableRandom(3);
    try (var w = io.aimpoint.ml.data.LoggedImpressions.writer(log)) {
      for (int i = 0; i < 64 * (DeepScoringBenchmark.CANDIDATES + 1); i++) {
        w.write(
            new io.aimpoint.ml.data.LoggedImpression(
                "d" + i,
                "2026-03-02T00:00:00Z",
                "u",
                "p",
                0,
                "a",
                "c",
                "cr",
                "CPM",
                1,
                1,
                1.0,
                false,
                false,
                DeepScoringBenchmark.snapshot(spec, AdFeatureSpec.Side.REQUEST, random),
                DeepScoringBenchmark.snapshot(spec, AdFeatureSpec.Side.CANDIDATE, random)));
      }
    }
    DeepScoringBenchmark benchmark = new DeepScoringBenchmark();
    benchmark.architecture = "DCNV2";
    benchmark.snapshots = log.toString();
    benchmark.setUp();

    for (double p : benchmark.score200Candidates()) {
      assertThat(p).isBetween(0.0, 1.0);
    }
  }

  @Test
  void synthetic_snapshots_fill_every_field_of_their_side() {
    AdFeatureSpec spec = AdFeatureSpec.defaults();
    SnapshotEncoder encoder = new SnapshotEncoder(spec);
    SplittableRandom random = new SplittableRandom(1);
    FeatureSnapshot request =
        DeepScoringBenchmark.snapshot(spec, AdFeatureSpec.Side.REQUEST, random);
    FeatureSnapshot candidate =
        DeepScoringBenchmark.snapshot(spec, AdFeatureSpec.Side.CANDIDATE, random);
    var row = encoder.encode(request, candidate);

    java.util.Set<Integer> fields = new java.util.HashSet<>();
    for (int i = 0; i < row.size(); i++) {
      fields.add(row.field(i));
    }
    assertThat(fields).hasSize(encoder.fieldCount());
    // the keyword cross at its largest: 16 x 16 pairs
    int cross = encoder.fieldNames().indexOf("context_keywords*ad_keywords");
    long pairs =
        java.util.stream.IntStream.range(0, row.size()).filter(i -> row.field(i) == cross).count();
    assertThat(pairs).isEqualTo(256);
  }
}
