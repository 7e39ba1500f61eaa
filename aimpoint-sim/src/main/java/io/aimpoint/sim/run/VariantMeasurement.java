package io.aimpoint.sim.run;

import io.aimpoint.engine.creative.CreativeOptions;
import io.aimpoint.engine.creative.VariantPolicy;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.policy.VariantTally;
import io.aimpoint.sim.world.WorldConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures how well the engine picks among dynamic creatives' titles: runs the engine policy in
 * process on a world where a share of the creatives carry two alternative titles of different
 * hidden appeal ({@link WorldConfig#titleVariantShare()}), once per {@link VariantPolicy} (same
 * world, same traffic, common random numbers), and reports per window of hours the share of those
 * creatives' impressions that showed their best title, and their CTR (observed, and the mean true
 * click probability, which has less noise).
 */
public final class VariantMeasurement {
  private VariantMeasurement() {}

  /** One window of hours of one policy. */
  public record Window(
      int fromHour, int toHour, long impressions, long bestTitle, long clicks, double trueCtr) {
    public double bestShare() {
      return impressions == 0 ? Double.NaN : (double) bestTitle / impressions;
    }

    public double ctr() {
      return impressions == 0 ? Double.NaN : (double) clicks / impressions;
    }

    public double meanTrueCtr() {
      return impressions == 0 ? Double.NaN : trueCtr / impressions;
    }
  }

  /** One policy's run: its windows, then the whole run. */
  public record Result(VariantPolicy policy, List<Window> windows, Window total) {}

  /**
   * Runs every policy of {@code policies} on {@code world} for {@code hours}, reporting windows of
   * {@code windowHours}.
   */
  public static List<Result> run(
      WorldConfig world,
      int hours,
      int windowHours,
      List<VariantPolicy> policies,
      StoresFactory stores) {
    List<Result> results = new ArrayList<>();
    for (VariantPolicy policy : policies) {
      Simulation simulation =
          new Simulation(
              new SimulationOptions(world, hours, List.of(Policy.ENGINE), null),
              null,
              CreativeOptions.DEFAULTS.withPolicy(policy).withSeed(world.seed()));
      simulation.run(stores, ProgressListener.NONE);
      VariantTally tally = simulation.variantTally(Policy.ENGINE).orElseThrow();
      results.add(new Result(policy, windows(tally, windowHours), window(tally, 0, hours)));
    }
    return results;
  }

  private static List<Window> windows(VariantTally tally, int windowHours) {
    int hours = tally.impressions().length;
    List<Window> out = new ArrayList<>();
    for (int from = 0; from < hours; from += windowHours) {
      out.add(window(tally, from, Math.min(hours, from + windowHours)));
    }
    return out;
  }

  private static Window window(VariantTally tally, int from, int to) {
    long[] impressions = tally.impressions();
    long[] best = tally.bestTitleImpressions();
    long[] clicks = tally.clicks();
    double[] trueCtr = tally.trueCtrSum();
    long i = 0;
    long b = 0;
    long c = 0;
    double t = 0;
    for (int h = from; h < to; h++) {
      i += impressions[h];
      b += best[h];
      c += clicks[h];
      t += trueCtr[h];
    }
    return new Window(from, to, i, b, c, t);
  }

  /** A Markdown table of the results, one row per window and policy, then the totals. */
  public static String render(List<Result> results) {
    StringBuilder out = new StringBuilder();
    out.append("| hours | policy | impressions | best-title share | CTR | mean true CTR |\n");
    out.append("|---|---|---:|---:|---:|---:|\n");
    int windows = results.get(0).windows().size();
    for (int w = 0; w < windows; w++) {
      for (Result r : results) {
        row(out, r.policy(), r.windows().get(w), false);
      }
    }
    for (Result r : results) {
      row(out, r.policy(), r.total(), true);
    }
    return out.toString();
  }

  private static void row(StringBuilder out, VariantPolicy policy, Window w, boolean total) {
    String label = w.fromHour() + "-" + w.toHour();
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %,d | %.1f%% | %.3f%% | %.3f%% |%n",
            total ? "**all " + label + "**" : label,
            policy.name().toLowerCase(Locale.ROOT),
            w.impressions(),
            100 * w.bestShare(),
            100 * w.ctr(),
            100 * w.meanTrueCtr()));
  }
}
