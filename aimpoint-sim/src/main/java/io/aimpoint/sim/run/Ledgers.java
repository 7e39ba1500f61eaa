package io.aimpoint.sim.run;

import io.aimpoint.core.campaign.Budget;
import io.aimpoint.engine.report.CampaignReport;
import io.aimpoint.engine.report.ReportRow;
import io.aimpoint.sim.client.EngineClient;
import io.aimpoint.sim.world.SimCampaign;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every campaign's daily report after a run and checks spend against budgets, the way an
 * advertiser (or an auditor) would: from the API, not from the engine's insides.
 */
final class Ledgers {
  private Ledgers() {}

  /**
   * Spend, budgets and overspend over all campaigns.
   *
   * @param budgetMicros per campaign its daily budget times the UTC days of the run, capped by its
   *     lifetime budget
   * @param overspendMicros per campaign and day the spend above the daily budget, plus the lifetime
   *     spend above the lifetime budget
   */
  record Summary(long spendMicros, long budgetMicros, long overspendMicros) {}

  /**
   * Sums the reports of {@code campaigns} (by engine id) over the UTC days from {@code start} to
   * {@code end}.
   */
  static Summary summarize(
      EngineClient client, Map<String, SimCampaign> campaigns, Instant start, Instant end) {
    Instant from = start.truncatedTo(ChronoUnit.DAYS);
    Instant to = end.truncatedTo(ChronoUnit.DAYS);
    if (to.isBefore(end)) {
      to = to.plus(1, ChronoUnit.DAYS);
    }
    long days = ChronoUnit.DAYS.between(from, to);
    long spend = 0;
    long budget = 0;
    long over = 0;
    // Sorted so that the order of report calls does not depend on hashing.
    for (Map.Entry<String, SimCampaign> e : new TreeMap<>(campaigns).entrySet()) {
      Budget b = e.getValue().campaign().budget();
      CampaignReport report = client.dailyReport(e.getKey(), from, to);
      spend = Math.addExact(spend, report.totals().spendMicros());
      budget = Math.addExact(budget, capacity(b, days));
      over = Math.addExact(over, overspend(b, report));
    }
    return new Summary(spend, budget, over);
  }

  static long capacity(Budget budget, long days) {
    long daily = budget.dailyMicros() == null ? Long.MAX_VALUE : budget.dailyMicros() * days;
    long lifetime = budget.lifetimeMicros() == null ? Long.MAX_VALUE : budget.lifetimeMicros();
    return Math.min(daily, lifetime);
  }

  private static long overspend(Budget budget, CampaignReport report) {
    long over = 0;
    if (budget.dailyMicros() != null) {
      for (ReportRow row : report.rows()) {
        over += Math.max(0, row.spendMicros() - budget.dailyMicros());
      }
    }
    if (budget.lifetimeMicros() != null) {
      over += Math.max(0, report.totals().spendMicros() - budget.lifetimeMicros());
    }
    return over;
  }
}
