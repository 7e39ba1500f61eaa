package io.aimpoint.sim.run;

import io.aimpoint.engine.auth.Pseudonymizer;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.EventOutcome;
import io.aimpoint.engine.ingest.IngestResult;
import io.aimpoint.engine.tracking.ConversionRequest;
import io.aimpoint.engine.tracking.ConversionResult;
import io.aimpoint.engine.tracking.TrackResult;
import io.aimpoint.sim.client.EngineClient;
import io.aimpoint.sim.client.SimClock;
import io.aimpoint.sim.export.ImpressionSink;
import io.aimpoint.sim.policy.GroundTruth;
import io.aimpoint.sim.policy.Policy;
import io.aimpoint.sim.policy.RecordingRanker;
import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.traffic.SimEvent;
import io.aimpoint.sim.traffic.TrafficGenerator;
import io.aimpoint.sim.truth.ConversionModel;
import io.aimpoint.sim.world.Sampling;
import io.aimpoint.sim.world.SimCreative;
import io.aimpoint.sim.world.SimUser;
import io.aimpoint.sim.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Plays the simulated traffic against one engine, in time order on the simulated clock.
 *
 * <p>Behaviour events are buffered and sent in batches: a batch goes out when it is full or when
 * its oldest event is {@link #FLUSH_INTERVAL} old, so profiles lag behaviour by about a minute, as
 * behind a real collector. Each ad opportunity becomes a decision request; every served ad fires
 * its impression, the user clicks with the true probability (position = slot, exposures from the
 * simulator's own counters) and a click fires the click link. A click converts with the true
 * conversion probability; the conversion is posted with the click id from the landing URL after its
 * sampled delay, if that falls within the run.
 *
 * <p>Outcomes use common random numbers: the draws for the ad in slot k of opportunity o come from
 * a generator seeded by (seed, o, k), whatever the policy served there, so policies differ by what
 * they serve and not by luck.
 */
final class PolicyRun {
  /** Largest behaviour batch; well within the API's limit of 1000. */
  static final int BATCH_SIZE = 500;

  /** Oldest a buffered behaviour event gets before its batch is sent. */
  static final Duration FLUSH_INTERVAL = Duration.ofMinutes(1);

  private static final long OUTCOME_STREAM = 0x0C7C0E5L;

  /**
   * Everything one policy's run needs.
   *
   * @param recorder the policy's ranker as recorded, or null when unknown (a remote engine)
   * @param pseudonymizer the engine's user-key function, or null when unknown (a remote engine)
   */
  record Setup(
      World world,
      SimulationOptions options,
      Policy policy,
      EngineClient client,
      SimClock clock,
      GroundTruth truth,
      RecordingRanker recorder,
      Pseudonymizer pseudonymizer,
      ImpressionSink sink,
      ProgressListener progress) {}

  private final Setup setup;
  private final World world;
  private final EngineClient client;
  private final GroundTruth truth;
  private final SimClock clock;
  private final TrafficGenerator traffic;
  private final RequestMapper mapper;
  private final MetricsCollector metrics;
  private final PendingConversions pending = new PendingConversions();
  private final List<EventInput> buffer = new ArrayList<>(BATCH_SIZE);
  private final Instant start;
  private final Instant end;
  private Instant bufferOldest;
  private long minutesDone = -1;

  PolicyRun(Setup setup) {
    this.setup = setup;
    this.world = setup.world();
    this.client = setup.client();
    this.truth = setup.truth();
    this.clock = setup.clock();
    this.traffic = new TrafficGenerator(world);
    this.mapper = new RequestMapper(client.usesSimulatedClock());
    this.metrics = new MetricsCollector(setup.policy().wireName());
    this.start = world.config().start();
    this.end = start.plus(Duration.ofHours(setup.options().hours()));
  }

  /** A policy's metrics with the true click probabilities and clicks of its impressions. */
  record Result(PolicyMetrics metrics, double[] truth, boolean[] clicked) {}

  /** Runs the whole horizon and measures the outcome. */
  Result run() {
    int days = Math.ceilDiv(setup.options().hours(), 24);
    for (int d = 0; d < days; d++) {
      for (SimEvent event : dayEvents(d)) {
        step(event);
      }
    }
    postDue(end);
    flush();
    clock.advanceTo(end);
    progress(end);
    Ledgers.Summary ledger =
        Ledgers.summarize(client, truth.ids().campaignsByEngineId(), start, end);
    return new Result(
        metrics.finish(ledger, client.reportsCharges()), metrics.truth(), metrics.clicked());
  }

  /** Every user's events of day {@code d} before the end of the run, in time order. */
  private List<SimEvent> dayEvents(int d) {
    List<SimEvent> all = new ArrayList<>();
    for (SimUser user : world.users()) {
      for (SimEvent e : traffic.day(user, d)) {
        if (e.at().isBefore(end)) {
          all.add(e);
        }
      }
    }
    all.sort(Comparator.comparing(SimEvent::at).thenComparing(SimEvent::eventId));
    return all;
  }

  private void step(SimEvent event) {
    Instant at = event.at();
    postDue(at);
    clock.advanceTo(at);
    if (bufferOldest != null && Duration.between(bufferOldest, at).compareTo(FLUSH_INTERVAL) >= 0) {
      flush();
    }
    if (event instanceof AdOpportunity o) {
      serve(o);
    } else {
      buffer.add(mapper.event(event, world.user(event.userId())));
      if (bufferOldest == null) {
        bufferOldest = at;
      }
      if (buffer.size() >= BATCH_SIZE) {
        flush();
      }
    }
    progress(at);
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    IngestResult result = client.sendEvents(List.copyOf(buffer));
    for (EventOutcome o : result.outcomes()) {
      if (o.status() == EventOutcome.Status.REJECTED) {
        // The simulator generates only valid events; a rejection is a bug to see, not to skip.
        throw new IllegalStateException("the engine rejected event " + o.eventId() + ": " + o);
      }
    }
    buffer.clear();
    bufferOldest = null;
  }

  private void serve(AdOpportunity o) {
    SimUser user = world.user(o.userId());
    String userKey =
        setup.pseudonymizer() == null ? null : setup.pseudonymizer().userKey(user.id());
    if (userKey != null) {
      truth.open(userKey, user, o);
    }
    DecisionResult result;
    try {
      result = client.decide(mapper.adRequest(o, user));
    } finally {
      if (userKey != null) {
        truth.close(userKey);
      }
    }
    metrics.adRequests++;
    for (ServedAdView ad : result.ads()) {
      deliver(new Served(o, user, userKey, result.decisionId(), ad));
    }
  }

  /** One served ad and what it was served for. */
  record Served(
      AdOpportunity opportunity,
      SimUser user,
      String userKey,
      String decisionId,
      ServedAdView ad) {}

  private void deliver(Served s) {
    AdOpportunity o = s.opportunity();
    ServedAdView ad = s.ad();
    metrics.chargedMicros += client.impression(ad.impressionToken()).chargedMicros();
    int exposures = truth.exposures().count(s.user().id(), ad.campaignId(), o.at());
    double pCtr =
        truth.clickProbability(
            s.user(), o, ad.campaignId(), ad.creativeId(), ad.variantId(), ad.slot());
    double pCvr = truth.conversionProbability(s.user(), ad.creativeId(), o.at());
    truth.exposures().record(s.user().id(), ad.campaignId(), o.at());
    SimCreative creative = truth.ids().creative(ad.creativeId());
    // Always draw all four, in this order, so that the streams line up across policies.
    SplittableRandom rng = outcomeRandom(o.eventId(), ad.slot());
    boolean clicked = rng.nextDouble() < pCtr;
    boolean converts = rng.nextDouble() < pCvr;
    Duration delay = ConversionModel.sampleDelay(rng);
    long value = truth.conversionModel().sampleValueMicros(creative.category(), rng);
    boolean converted = clicked && click(s, converts ? o.at().plus(delay) : null, value);
    truth.variants().record(o.at(), creative, ad.variantId(), pCtr, clicked);
    double predicted =
        setup.recorder() == null
            ? Double.NaN
            : setup.recorder().pCtr(s.decisionId(), ad.creativeId());
    metrics.impression(pCtr, predicted, clicked, s.user().isBot());
    long bid = truth.ids().campaign(ad.campaignId()).campaign().bid().amountMicros();
    ImpressionRecords.Outcome outcome =
        new ImpressionRecords.Outcome(
            bid, predicted, pCtr, pCvr, exposures, clicked, converted ? value : -1);
    setup
        .sink()
        .write(
            ImpressionRecords.of(
                s,
                setup.policy(),
                creative,
                outcome,
                setup.recorder() == null
                    ? null
                    : setup.recorder().scored(s.decisionId(), ad.creativeId())));
  }

  /**
   * Fires the click link and queues the conversion if the click converts ({@code conversionAt} not
   * null) within the run; returns whether it was queued.
   */
  private boolean click(Served s, Instant conversionAt, long valueMicros) {
    ServedAdView ad = s.ad();
    TrackResult click = client.click(ad.clickToken());
    metrics.chargedMicros += click.chargedMicros();
    if (conversionAt == null || !conversionAt.isBefore(end)) {
      return false;
    }
    String orderId = "o-" + s.decisionId() + "-" + ad.slot();
    pending.add(
        new PendingConversions.Pending(
            conversionAt, ad.advertiserId(), orderId, clickId(click.landingUrl()), valueMicros));
    return true;
  }

  private void postDue(Instant at) {
    PendingConversions.Pending p;
    while ((p = pending.pollDue(at)) != null) {
      clock.advanceTo(p.dueAt());
      String timestamp = client.usesSimulatedClock() ? p.dueAt().toString() : null;
      ConversionResult r =
          client.conversion(
              p.advertiserId(),
              new ConversionRequest(
                  null, p.orderId(), null, p.clickId(), p.valueMicros(), timestamp));
      metrics.conversions++;
      metrics.chargedMicros += r.chargedMicros();
      if (r.attributed()) {
        metrics.valueMicros += p.valueMicros();
      }
    }
  }

  private SplittableRandom outcomeRandom(String opportunityId, int slot) {
    return new SplittableRandom(
        Sampling.seed(setup.options().seed(), OUTCOME_STREAM, fnv64(opportunityId), slot));
  }

  private void progress(Instant at) {
    long minutes = Duration.between(start, at).toMinutes();
    if (minutes > minutesDone) {
      minutesDone = minutes;
      setup.progress().advanced(setup.policy().wireName(), minutes, setup.options().hours() * 60L);
    }
  }

  /** The {@code aimpoint_click} parameter of a landing URL. */
  static String clickId(String landingUrl) {
    String marker = "aimpoint_click=";
    int i = landingUrl == null ? -1 : landingUrl.indexOf(marker);
    if (i < 0) {
      throw new IllegalStateException("landing URL without a click id: " + landingUrl);
    }
    int from = i + marker.length();
    int to = from;
    while (to < landingUrl.length()
        && landingUrl.charAt(to) != '&'
        && landingUrl.charAt(to) != '#') {
      to++;
    }
    return landingUrl.substring(from, to);
  }

  /** FNV-1a, 64 bits: a stable hash of an id for seeding (String.hashCode has only 32 bits). */
  private static long fnv64(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
