package io.aimpoint.engine.ingest;

import java.util.List;

/** Outcomes of one batch, in input order. */
public record IngestResult(List<EventOutcome> outcomes) {
  public IngestResult {
    outcomes = List.copyOf(outcomes);
  }

  public long count(EventOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
