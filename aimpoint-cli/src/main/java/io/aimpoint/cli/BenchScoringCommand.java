package io.aimpoint.cli;

import io.aimpoint.bench.scoring.ScoringBenchmarks;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code aimpoint bench scoring}: the JMH benchmark of deep-model scoring (200 candidates per call,
 * one thread), printing p50/p99 per call for DeepFM and DCN-V2. See docs/benchmarks.md.
 */
@Command(
    name = "scoring",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "JMH: latency of scoring 200 candidates with DeepFM and DCN-V2 on one thread (p50/p99).")
public final class BenchScoringCommand implements Callable<Integer> {

  @Option(
      names = "--warmup-seconds",
      defaultValue = "2",
      description = "Seconds per warm-up iteration, 3 iterations (default: ${DEFAULT-VALUE}).")
  int warmupSeconds;

  @Option(
      names = "--measure-seconds",
      defaultValue = "4",
      description = "Seconds per measured iteration, 5 iterations (default: ${DEFAULT-VALUE}).")
  int measureSeconds;

  @Option(
      names = "--model-dir",
      description =
          "Score with this trained deepfm/dcnv2 model directory instead of an untrained"
              + " network of the default shape.")
  Path modelDir;

  @Option(
      names = "--snapshots",
      description =
          "Score the feature snapshots of this impression log (export-training or simulate"
              + " --export-logs): each request's own snapshot against 200 logged ad snapshots,"
              + " instead of synthetic snapshots with every field at its largest.")
  Path snapshots;

  @Override
  public Integer call() throws RunnerException {
    var rows =
        new ScoringBenchmarks(
                warmupSeconds,
                measureSeconds,
                modelDir == null ? null : modelDir.toAbsolutePath().toString(),
                snapshots == null ? null : snapshots.toAbsolutePath().toString())
            .run();
    System.out.println();
    for (ScoringBenchmarks.Row row : rows) {
      System.out.println(row.summary());
    }
    return 0;
  }
}
