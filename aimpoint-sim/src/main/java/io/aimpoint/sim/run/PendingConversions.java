package io.aimpoint.sim.run;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;

/**
 * Conversions drawn at click time, waiting for their sampled delay to pass on the simulated clock.
 * Ordered by due time, then order id, so that equal runs post them in equal order.
 */
final class PendingConversions {
  /** One conversion to post at {@code dueAt} as {@code advertiserId}. */
  record Pending(
      Instant dueAt, String advertiserId, String orderId, String clickId, long valueMicros) {}

  private final PriorityQueue<Pending> queue =
      new PriorityQueue<>(Comparator.comparing(Pending::dueAt).thenComparing(Pending::orderId));

  void add(Pending pending) {
    queue.add(pending);
  }

  /** Removes and returns the earliest conversion due at or before {@code at}, or null. */
  Pending pollDue(Instant at) {
    Pending first = queue.peek();
    if (first == null || first.dueAt().isAfter(at)) {
      return null;
    }
    return queue.poll();
  }

  int size() {
    return queue.size();
  }
}
