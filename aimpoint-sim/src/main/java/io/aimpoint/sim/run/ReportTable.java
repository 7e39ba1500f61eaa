package io.aimpoint.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The human-readable form of a {@link SimulationReport}: one column per policy, money in currency
 * units with two decimals, rates in percent, and the ratios to the oracle at the bottom.
 */
public final class ReportTable {
  private static final int LABEL_WIDTH = 24;
  private static final int COLUMN_WIDTH = 16;

  private ReportTable() {}

  public static String render(SimulationReport report) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Simulation of %,d users for %d h from %s, seed %d (%.1f s)%n%n",
            report.users(),
            report.hours(),
            report.start(),
            report.seed(),
            report.elapsed().toMillis() / 1000.0));
    List<PolicyMetrics> ps = report.policies();
    out.append(row("", ps, PolicyMetrics::policy));
    out.append(row("ad requests", ps, m -> count(m.adRequests())));
    out.append(row("impressions", ps, m -> count(m.impressions())));
    out.append(row("clicks", ps, m -> count(m.clicks())));
    out.append(row("expected clicks", ps, m -> decimal(m.expectedClicks(), 1)));
    out.append(row("conversions", ps, m -> count(m.conversions())));
    out.append(row("CTR", ps, m -> percent(m.ctr(), 2)));
    out.append(row("CVR", ps, m -> percent(m.cvr(), 2)));
    out.append(row("revenue", ps, m -> money(m.revenueMicros())));
    out.append(row("advertiser spend", ps, m -> money(m.spendMicros())));
    out.append(row("advertiser value", ps, m -> money(m.advertiserValueMicros())));
    out.append(row("eCPM", ps, m -> money(Math.round(m.ecpmMicros()))));
    out.append(row("budget utilisation", ps, m -> percent(m.budgetUtilisation(), 1)));
    out.append(row("overspend", ps, m -> money(m.overspendMicros())));
    out.append(row("Bayes-optimal AUC", ps, m -> decimal(m.bayesOptimalAuc(), 4)));
    out.append(row("Bayes-optimal log-loss", ps, m -> decimal(m.bayesOptimalLogLoss(), 4)));
    out.append(row("policy pCTR AUC", ps, m -> decimal(m.policyAuc(), 4)));
    out.append(row("bot impressions", ps, m -> count(m.botImpressions())));
    if (report.policy("oracle").isPresent()) {
      out.append(String.format("%nRatio to the oracle%n"));
      for (String metric :
          List.of("revenueMicros", "clicks", "conversions", "advertiserValueMicros")) {
        out.append(row(ratioLabel(metric), ps, m -> ratio(report.ratiosToOracle(m), metric)));
      }
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%nBayes-optimal AUC over all served impressions: %s (log-loss %s), the ceiling of any"
                + " CTR model on this traffic.%n",
            decimal(report.bayesOptimalAuc(), 4),
            decimal(report.bayesOptimalLogLoss(), 4)));
    return out.toString();
  }

  private static String row(
      String label, List<PolicyMetrics> policies, Function<PolicyMetrics, String> cell) {
    List<String> cells = new ArrayList<>();
    for (PolicyMetrics m : policies) {
      cells.add(pad(cell.apply(m), COLUMN_WIDTH));
    }
    return String.format("%-" + LABEL_WIDTH + "s%s%n", label, String.join("", cells));
  }

  private static String pad(String s, int width) {
    return " ".repeat(Math.max(1, width - s.length())) + s;
  }

  private static String ratioLabel(String metric) {
    return switch (metric) {
      case "revenueMicros" -> "revenue";
      case "advertiserValueMicros" -> "advertiser value";
      default -> metric;
    };
  }

  private static String ratio(Map<String, Double> ratios, String metric) {
    return decimal(ratios.getOrDefault(metric, Double.NaN), 3);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String money(long micros) {
    return String.format(Locale.ROOT, "%,.2f", micros / 1_000_000.0);
  }

  static String percent(double share, int decimals) {
    return Double.isFinite(share)
        ? String.format(Locale.ROOT, "%." + decimals + "f%%", share * 100)
        : "-";
  }

  static String decimal(double value, int decimals) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
  }
}
