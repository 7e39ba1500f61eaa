package io.aimpoint.server;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.core.validation.FieldError;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.auth.Caller;
import io.aimpoint.engine.ingest.EventIngestionService;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.EventOutcome;
import io.aimpoint.engine.ingest.IngestResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /v1/events}: one event object, an array of events, or {@code {"events": [...]}}. Each
 * event is read on its own, so one malformed event is rejected in place instead of failing the
 * batch; the answer (202) comes only after the accepted events are durable.
 */
final class EventRoutes {
  private final EventIngestionService ingestion;
  private final Json json;
  private final HttpMetrics metrics;

  EventRoutes(ServerContext context) {
    this.ingestion = context.engine().ingestion();
    this.json = context.json();
    this.metrics = context.metrics();
  }

  /** The outcome of one event on the wire; {@code reason} only for events not stored. */
  record OutcomeView(
      int index, String eventId, String status, String reason, List<FieldError> errors) {
    OutcomeView {
      errors = errors == null || errors.isEmpty() ? null : errors;
    }
  }

  /**
   * The 202 answer: counts and the outcome of every event, in input order. Near-duplicates are
   * counted apart from rejected (invalid) events.
   */
  record BatchView(
      long accepted,
      long duplicates,
      long nearDuplicates,
      long rejected,
      List<OutcomeView> results) {}

  void register(Router r) {
    r.post("/v1/events", this::post);
  }

  private void post(Exchange ex) throws IOException {
    Caller caller = ex.caller(Role.PUBLISHER, Role.ADMIN);
    List<JsonNode> nodes = events(ex.bodyTree());
    if (nodes.isEmpty() || nodes.size() > EventIngestionService.MAX_BATCH) {
      throw new ValidationException(
          "events",
          "must hold 1.." + EventIngestionService.MAX_BATCH + " events (had " + nodes.size() + ")");
    }
    List<EventInput> inputs = new ArrayList<>(nodes.size());
    Map<Integer, List<FieldError>> unreadable = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      inputs.add(read(nodes.get(i), i, unreadable));
    }
    IngestResult result = ingestion.ingest(caller, inputs, unreadable);
    ex.json(202, view(result));
  }

  private static List<JsonNode> events(JsonNode body) {
    JsonNode array = body;
    if (body.isObject() && body.has("events")) {
      if (body.size() != 1) {
        throw new ValidationException("body", "a batch object must have only the field events");
      }
      array = body.get("events");
    } else if (body.isObject()) {
      return List.of(body);
    }
    if (!array.isArray()) {
      throw new ValidationException("events", "must be an array of event objects");
    }
    List<JsonNode> nodes = new ArrayList<>(array.size());
    array.forEach(nodes::add);
    return nodes;
  }

  private EventInput read(JsonNode node, int index, Map<Integer, List<FieldError>> unreadable) {
    String prefix = "events[" + index + "]";
    if (!node.isObject()) {
      unreadable.put(index, List.of(new FieldError(prefix, "must be an event object")));
      return null;
    }
    try {
      return json.fromTree(node, EventInput.class);
    } catch (JsonMappingException e) {
      Problem p = Problems.of(e);
      List<FieldError> errors =
          p.errors().stream()
              .map(f -> new FieldError(prefix + "." + f.field(), f.message()))
              .toList();
      unreadable.put(index, errors);
      return null;
    } catch (IOException e) {
      unreadable.put(index, List.of(new FieldError(prefix, "is not a readable event")));
      return null;
    }
  }

  private BatchView view(IngestResult result) {
    long accepted = result.count(EventOutcome.Status.ACCEPTED);
    long duplicates = result.count(EventOutcome.Status.DUPLICATE);
    long nearDuplicates = result.count(EventOutcome.Status.NEAR_DUPLICATE);
    long rejected = result.count(EventOutcome.Status.REJECTED);
    metrics.recordEvents("accepted", accepted);
    metrics.recordEvents("duplicate", duplicates);
    metrics.recordEvents("near_duplicate", nearDuplicates);
    metrics.recordEvents("rejected", rejected);
    for (EventOutcome o : result.outcomes()) {
      if (o.reason() != null) {
        metrics.recordRejectedEvent(o.reason().wireName());
      }
    }
    List<OutcomeView> views =
        result.outcomes().stream()
            .map(
                o ->
                    new OutcomeView(
                        o.index(),
                        o.eventId(),
                        o.status().name().toLowerCase(Locale.ROOT),
                        o.reason() == null ? null : o.reason().wireName(),
                        o.errors()))
            .toList();
    return new BatchView(accepted, duplicates, nearDuplicates, rejected, views);
  }
}
