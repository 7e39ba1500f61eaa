package io.aimpoint.sim.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON form of a {@link SimulationReport}: {@code {"seed", "users", "hours", "start",
 * "elapsedSeconds", "bayesOptimalAuc", "bayesOptimalLogLoss", "policies": {"random": {...},
 * "engine": {...}, "oracle": {...}}}}. Each policy has its counts, rates, money in micros, the
 * AUCs, {@code revenueRatioToOracle} and {@code ratiosToOracle}. Undefined numbers (NaN) are
 * written as {@code null}, since JSON has no NaN.
 */
public final class ReportJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReportJson() {}

  public static ObjectNode toJson(SimulationReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("seed", report.seed());
    root.put("users", report.users());
    root.put("hours", report.hours());
    root.put("start", report.start().toString());
    root.put("elapsedSeconds", report.elapsed().toMillis() / 1000.0);
    number(root, "bayesOptimalAuc", report.bayesOptimalAuc());
    number(root, "bayesOptimalLogLoss", report.bayesOptimalLogLoss());
    ObjectNode policies = root.putObject("policies");
    for (PolicyMetrics m : report.policies()) {
      policies.set(m.policy(), policy(report, m));
    }
    return root;
  }

  /** Writes the report to {@code file}, creating parent directories. */
  public static void write(SimulationReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writeValue(file.toFile(), toJson(report));
  }

  public static String toString(SimulationReport report) {
    return toJson(report).toPrettyString();
  }

  private static ObjectNode policy(SimulationReport report, PolicyMetrics m) {
    ObjectNode p = JSON.createObjectNode();
    p.put("adRequests", m.adRequests());
    p.put("impressions", m.impressions());
    p.put("clicks", m.clicks());
    p.put("conversions", m.conversions());
    number(p, "expectedClicks", m.expectedClicks());
    number(p, "ctr", m.ctr());
    number(p, "cvr", m.cvr());
    p.put("revenueMicros", m.revenueMicros());
    p.put("spendMicros", m.spendMicros());
    p.put("advertiserValueMicros", m.advertiserValueMicros());
    p.put("budgetMicros", m.budgetMicros());
    number(p, "budgetUtilisation", m.budgetUtilisation());
    p.put("overspendMicros", m.overspendMicros());
    number(p, "ecpmMicros", m.ecpmMicros());
    number(p, "bayesOptimalAuc", m.bayesOptimalAuc());
    number(p, "bayesOptimalLogLoss", m.bayesOptimalLogLoss());
    number(p, "pCtrAuc", m.policyAuc());
    number(p, "pCtrLogLoss", m.policyLogLoss());
    p.put("botImpressions", m.botImpressions());
    p.put("botClicks", m.botClicks());
    var ratios = report.ratiosToOracle(m);
    number(p, "revenueRatioToOracle", ratios.getOrDefault("revenueMicros", Double.NaN));
    ObjectNode r = p.putObject("ratiosToOracle");
    ratios.forEach((k, v) -> number(r, k, v));
    return p;
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
