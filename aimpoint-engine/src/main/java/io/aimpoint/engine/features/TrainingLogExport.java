package io.aimpoint.engine.features;

import io.aimpoint.core.event.AdClick;
import io.aimpoint.core.event.AdImpression;
import io.aimpoint.core.event.Conversion;
import io.aimpoint.core.event.DecisionMade;
import io.aimpoint.core.event.Event;
import io.aimpoint.core.event.ServedAd;
import io.aimpoint.core.store.EventLog;
import io.aimpoint.core.store.LoggedEvent;
import io.aimpoint.ml.data.LoggedImpression;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns the engine's event log into training lines: joins each {@link DecisionMade} (with the
 * feature snapshots logged for its ads) with the {@link AdImpression}, {@link AdClick} and {@link
 * Conversion} events of the same decision and slot, and emits one {@link LoggedImpression} per
 * served ad that was shown (impressed or clicked), labelled {@code clicked} and {@code converted},
 * in the order the decisions were logged. Decisions logged without snapshots (before they existed)
 * are counted and skipped.
 *
 * <p>One pass over the whole log, keeping the decisions of the time range in memory until the end
 * (clicks and conversions arrive after their decision, conversions possibly days later).
 */
public final class TrainingLogExport {
  private static final int BATCH = 1_000;

  /**
   * What an export did.
   *
   * @param decisions decisions in the range with snapshots
   * @param withoutSnapshots decisions in the range with ads but without snapshots (skipped)
   * @param rows lines written (shown ads)
   * @param clicks rows labelled clicked
   * @param conversions rows labelled converted
   */
  public record Summary(
      long decisions, long withoutSnapshots, long rows, long clicks, long conversions) {}

  private final EventLog log;

  public TrainingLogExport(EventLog log) {
    this.log = log;
  }

  /** Exports the decisions taken in {@code [from, to)} (either bound null: open) to {@code out}. */
  public Summary export(Instant from, Instant to, Consumer<LoggedImpression> out) {
    Map<String, Pending> decisions = new LinkedHashMap<>();
    long withoutSnapshots = 0;
    long offset = 0;
    while (true) {
      List<LoggedEvent> batch = log.read(offset, BATCH);
      if (batch.isEmpty()) {
        break;
      }
      for (LoggedEvent logged : batch) {
        offset = logged.offset() + 1;
        Event e = logged.event();
        switch (e) {
          case DecisionMade d when inRange(d.occurredAt(), from, to) && !d.ads().isEmpty() -> {
            if (d.hasFeatureSnapshots()) {
              decisions.put(d.eventId(), new Pending(d));
            } else {
              withoutSnapshots++;
            }
          }
          case AdImpression i -> mark(decisions, i.decisionId(), i.ad(), Outcome.SHOWN);
          case AdClick c -> mark(decisions, c.decisionId(), c.ad(), Outcome.CLICKED);
          case Conversion c -> mark(decisions, c.decisionId(), c.ad(), Outcome.CONVERTED);
          default -> {}
        }
      }
    }
    long rows = 0;
    long clicks = 0;
    long conversions = 0;
    for (Pending p : decisions.values()) {
      for (int i = 0; i < p.decision.ads().size(); i++) {
        if (!p.shown[i]) {
          continue;
        }
        out.accept(line(p, i));
        rows++;
        clicks += p.clicked[i] ? 1 : 0;
        conversions += p.converted[i] ? 1 : 0;
      }
    }
    return new Summary(decisions.size(), withoutSnapshots, rows, clicks, conversions);
  }

  private enum Outcome {
    SHOWN,
    CLICKED,
    CONVERTED
  }

  /** A logged decision and what became of each of its ads. */
  private static final class Pending {
    final DecisionMade decision;
    final boolean[] shown;
    final boolean[] clicked;
    final boolean[] converted;

    Pending(DecisionMade decision) {
      this.decision = decision;
      int n = decision.ads().size();
      this.shown = new boolean[n];
      this.clicked = new boolean[n];
      this.converted = new boolean[n];
    }

    int index(int slot) {
      List<ServedAd> ads = decision.ads();
      for (int i = 0; i < ads.size(); i++) {
        if (ads.get(i).slot() == slot) {
          return i;
        }
      }
      return -1;
    }
  }

  private static void mark(
      Map<String, Pending> decisions, String decisionId, ServedAd ad, Outcome outcome) {
    Pending p = decisionId == null || ad == null ? null : decisions.get(decisionId);
    int i = p == null ? -1 : p.index(ad.slot());
    if (i < 0) {
      return;
    }
    switch (outcome) {
      case SHOWN -> p.shown[i] = true;
      case CLICKED -> {
        p.shown[i] = true;
        p.clicked[i] = true;
      }
      case CONVERTED -> p.converted[i] = true;
    }
  }

  private static LoggedImpression line(Pending p, int i) {
    return LoggedImpression.of(p.decision, i, p.clicked[i], p.converted[i]);
  }

  private static boolean inRange(Instant at, Instant from, Instant to) {
    return (from == null || !at.isBefore(from)) && (to == null || at.isBefore(to));
  }
}
