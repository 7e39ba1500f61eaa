package io.aimpoint.sim.run;

import io.aimpoint.core.pacing.PidGains;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.world.WorldConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Measures EVEN pacing on simulated days: runs the engine policy in process once per controller
 * setting (same world, same traffic) and records, for every EVEN campaign with a daily budget, its
 * cumulative spend and its plan at each full hour of each UTC day ({@link PacingProbe}).
 *
 * <p>The pacing error of a campaign-day is the mean over hours 1..24 of {@code |spend - plan| /
 * dailyBudget}; utilisation is its end-of-day spend over its daily budget. On day 1 the pacer knows
 * no traffic curve yet (uniform plan); from day 2 on it has learned one.
 */
public final class PacingMeasurement {
  private PacingMeasurement() {}

  /** A named controller setting to measure. */
  public record Setting(String label, PidGains gains) {
    public Setting {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(gains, "gains");
    }
  }

  /**
   * One campaign's day; arrays index the hour of the UTC day, 0..24.
   *
   * @param spendMicros cumulative spend today at each full hour
   * @param planMicros the pacer's plan at each full hour, from its curve at that time
   */
  public record CampaignDay(
      String campaignId, String name, long dailyMicros, long[] spendMicros, long[] planMicros) {

    /** Mean absolute deviation of spend from plan over hours 1..24, as a share of the budget. */
    public double error() {
      double sum = 0;
      for (int h = 1; h <= 24; h++) {
        sum += Math.abs(spendMicros[h] - planMicros[h]);
      }
      return sum / 24 / dailyMicros;
    }

    /** End-of-day spend over the daily budget. */
    public double utilisation() {
      return spendMicros[24] / (double) dailyMicros;
    }
  }

  /** One UTC day of one setting: every EVEN campaign, the largest end-of-day spend first. */
  public record DayReport(int day, List<CampaignDay> campaigns) {
    public DayReport {
      campaigns =
          campaigns.stream()
              .sorted(
                  Comparator.comparingLong((CampaignDay c) -> -c.spendMicros()[24])
                      .thenComparing(CampaignDay::campaignId))
              .toList();
    }

    /**
     * The campaigns that spent at least {@code share} of their daily budget: those whose budget,
     * not their demand, limited them, so that pacing decided when they spent.
     */
    public List<CampaignDay> spentAtLeast(double share) {
      return campaigns.stream().filter(c -> c.utilisation() >= share).toList();
    }

    /** The {@code n} campaigns that spent the most this day. */
    public List<CampaignDay> top(int n) {
      return campaigns.subList(0, Math.min(n, campaigns.size()));
    }

    public static double meanError(List<CampaignDay> days) {
      return days.stream().mapToDouble(CampaignDay::error).average().orElse(Double.NaN);
    }

    public static double meanUtilisation(List<CampaignDay> days) {
      return days.stream().mapToDouble(CampaignDay::utilisation).average().orElse(Double.NaN);
    }
  }

  /** What one setting did, day by day. */
  public record Result(Setting setting, List<DayReport> days) {}

  /**
   * Runs {@code hours} simulated hours of {@code world} (which must start at 00:00 UTC) once per
   * setting, each on fresh stores.
   */
  public static List<Result> run(
      WorldConfig world,
      int hours,
      List<Setting> settings,
      StoresFactory stores,
      ProgressListener progress) {
    if (settings.isEmpty()) {
      throw new IllegalArgumentException("at least one setting is required; settings=" + settings);
    }
    Simulation simulation =
        new Simulation(new SimulationOptions(world, hours, List.of(Policy.ENGINE), null));
    List<Result> results = new ArrayList<>();
    for (Setting setting : settings) {
      PacingProbe[] probe = new PacingProbe[1];
      simulation.runInProcess(
          Policy.ENGINE,
          stores,
          setting.gains(),
          (engine, pacer, clock) -> {
            ProgressListener labelled =
                (policy, done, total) -> progress.advanced(setting.label(), done, total);
            probe[0] = new PacingProbe(engine, pacer, world.start(), labelled);
            return probe[0];
          });
      results.add(new Result(setting, reports(probe[0])));
    }
    return results;
  }

  private static List<DayReport> reports(PacingProbe probe) {
    List<DayReport> out = new ArrayList<>();
    List<List<PacingProbe.Day>> days = probe.days();
    for (int d = 0; d < days.size(); d++) {
      List<CampaignDay> campaigns =
          days.get(d).stream()
              .map(
                  x ->
                      new CampaignDay(
                          x.campaignId(), x.name(), x.dailyMicros(), x.spend(), x.plan()))
              .toList();
      out.add(new DayReport(d + 1, campaigns));
    }
    return out;
  }
}
