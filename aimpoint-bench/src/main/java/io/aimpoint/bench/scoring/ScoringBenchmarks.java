package io.aimpoint.bench.scoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link DeepScoringBenchmark} with JMH (one fork, sample-time mode) and summarizes each
 * architecture's per-call latency percentiles.
 *
 * @param warmupSeconds warm-up time per iteration (3 iterations)
 * @param measureSeconds measurement time per iteration (5 iterations)
 * @param modelDir a trained model directory to score with, or null for the untrained network
 */
public record ScoringBenchmarks(
    int warmupSeconds, int measureSeconds, String modelDir, String snapshots) {

  /** With synthetic snapshots of every field. */
  public ScoringBenchmarks(int warmupSeconds, int measureSeconds, String modelDir) {
    this(warmupSeconds, measureSeconds, modelDir, null);
  }

  /** One architecture's result: latency percentiles of a 200-candidate call, in microseconds. */
  public record Row(
      String architecture,
      long samples,
      double p50Micros,
      double p99Micros,
      double p999Micros,
      double meanMicros) {
    public String summary() {
      return String.format(
          Locale.ROOT,
          "%-7s %d candidates/call: p50 %.0f us, p99 %.0f us, p99.9 %.0f us, mean %.0f us (%,d"
              + " samples)",
          architecture,
          DeepScoringBenchmark.CANDIDATES,
          p50Micros,
          p99Micros,
          p999Micros,
          meanMicros,
          samples);
    }
  }

  /** Runs the benchmark; JMH's own report goes to standard output. */
  public List<Row> run() throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(DeepScoringBenchmark.class.getName())
            .forks(1)
            .jvmArgsAppend("--add-modules", "jdk.incubator.vector")
            .threads(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(warmupSeconds))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(measureSeconds));
    if (modelDir != null) {
      options = options.param("modelDir", modelDir);
    }
    if (snapshots != null) {
      options = options.param("snapshots", snapshots);
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    List<Row> rows = new ArrayList<>();
    for (RunResult r : results) {
      Statistics s = r.getPrimaryResult().getStatistics();
      rows.add(
          new Row(
              r.getParams().getParam("architecture"),
              s.getN(),
              s.getPercentile(50),
              s.getPercentile(99),
              s.getPercentile(99.9),
              s.getMean()));
    }
    return rows;
  }

  /** {@code main [warmupSeconds measureSeconds [modelDir]]}. */
  public static void main(String[] args) throws RunnerException {
    int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int measure = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    String dir = args.length > 2 ? args[2] : null;
    for (Row row : new ScoringBenchmarks(warmup, measure, dir).run()) {
      System.out.println(row.summary());
    }
  }
}
