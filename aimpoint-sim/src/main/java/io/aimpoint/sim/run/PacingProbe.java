package io.aimpoint.sim.run;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.PacingMode;
import io.aimpoint.core.pacing.TrafficCurve;
import io.aimpoint.engine.Engine;
import io.aimpoint.engine.decision.CatalogEntry;
import io.aimpoint.engine.decision.Pacer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples, at every full simulated hour, each EVEN campaign's spend today (from the ledger) and its
 * plan ({@link TrafficCurve#planMicros} of the pacer's current curve at that hour of the day). The
 * run reports progress at its first event after the hour, so a sample's spend includes the few
 * simulated seconds of traffic between the hour and that event.
 */
final class PacingProbe implements ProgressListener {
  /** One campaign's day: index h holds the values at hour h of the UTC day (0..24). */
  record Day(String campaignId, String name, long dailyMicros, long[] spend, long[] plan) {}

  private final Engine engine;
  private final Pacer pacer;
  private final Instant start;
  private final ProgressListener next;
  private final List<Map<String, Day>> days = new ArrayList<>();
  private long hoursSampled;

  PacingProbe(Engine engine, Pacer pacer, Instant start, ProgressListener next) {
    if (Math.floorMod(start.getEpochSecond(), 86_400L) != 0) {
      throw new IllegalArgumentException("the run must start at 00:00 UTC; start=" + start);
    }
    this.engine = engine;
    this.pacer = pacer;
    this.start = start;
    this.next = next;
  }

  @Override
  public void advanced(String policy, long doneMinutes, long totalMinutes) {
    while (hoursSampled < doneMinutes / 60) {
      hoursSampled++;
      sample(hoursSampled);
    }
    next.advanced(policy, doneMinutes, totalMinutes);
  }

  /** Every sampled day in order, each campaign's series in catalog order. */
  List<List<Day>> days() {
    return days.stream().map(m -> List.copyOf(m.values())).toList();
  }

  private void sample(long hourIndex) {
    int day = (int) ((hourIndex - 1) / 24);
    int hour = (int) (hourIndex - 24L * day);
    LocalDate utcDay = LocalDate.ofInstant(start.plus(Duration.ofDays(day)), ZoneOffset.UTC);
    while (days.size() <= day) {
      days.add(new LinkedHashMap<>());
    }
    Map<String, Day> series = days.get(day);
    TrafficCurve curve = pacer.curve();
    for (CatalogEntry entry : engine.catalog().snapshot().entries()) {
      Campaign c = entry.campaign();
      Long daily = c.budget().dailyMicros();
      if (c.pacing() != PacingMode.EVEN || daily == null) {
        continue;
      }
      Day d =
          series.computeIfAbsent(
              c.id(), id -> new Day(id, c.name(), daily, new long[25], new long[25]));
      d.spend()[hour] = engine.stores().ledger().spend(c.id(), utcDay).dayMicros();
      d.plan()[hour] = curve.planMicros(daily, hour);
    }
  }
}
