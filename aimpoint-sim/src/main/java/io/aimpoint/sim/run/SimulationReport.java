package io.aimpoint.sim.run;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a simulation: each policy's metrics, in the order run, and the Bayes-optimal AUC
 * and log-loss of the true click probabilities over all served impressions of the run (the ceiling
 * any CTR model can reach on this traffic; each policy's own are in its metrics).
 */
public record SimulationReport(
    long seed,
    int users,
    int hours,
    Instant start,
    List<PolicyMetrics> policies,
    double bayesOptimalAuc,
    double bayesOptimalLogLoss,
    Duration elapsed) {

  /** The metrics compared with the oracle's, in the order of the JSON report. */
  public static final Map<String, ToDoubleFunction<PolicyMetrics>> COMPARED = compared();

  public SimulationReport {
    policies = List.copyOf(policies);
  }

  /** The metrics of {@code policy}, if it ran. */
  public Optional<PolicyMetrics> policy(String policy) {
    return policies.stream().filter(p -> p.policy().equals(policy)).findFirst();
  }

  /**
   * Each {@link #COMPARED} metric of {@code m} divided by the oracle's; empty if the oracle did not
   * run, NaN where the oracle's is 0.
   */
  public Map<String, Double> ratiosToOracle(PolicyMetrics m) {
    Map<String, Double> ratios = new LinkedHashMap<>();
    policy("oracle")
        .ifPresent(
            oracle ->
                COMPARED.forEach(
                    (name, f) -> {
                      double base = f.applyAsDouble(oracle);
                      ratios.put(name, base == 0 ? Double.NaN : f.applyAsDouble(m) / base);
                    }));
    return ratios;
  }

  private static Map<String, ToDoubleFunction<PolicyMetrics>> compared() {
    Map<String, ToDoubleFunction<PolicyMetrics>> m = new LinkedHashMap<>();
    m.put("impressions", PolicyMetrics::impressions);
    m.put("clicks", PolicyMetrics::clicks);
    m.put("expectedClicks", PolicyMetrics::expectedClicks);
    m.put("conversions", PolicyMetrics::conversions);
    m.put("ctr", PolicyMetrics::ctr);
    m.put("cvr", PolicyMetrics::cvr);
    m.put("revenueMicros", PolicyMetrics::revenueMicros);
    m.put("spendMicros", PolicyMetrics::spendMicros);
    m.put("advertiserValueMicros", PolicyMetrics::advertiserValueMicros);
    m.put("budgetUtilisation", PolicyMetrics::budgetUtilisation);
    return java.util.Collections.unmodifiableMap(m);
  }
}
