package io.aimpoint.sim.run;

import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.engine.ingest.EventOutcome;
import io.aimpoint.engine.tracking.ConversionRequest;
import io.aimpoint.engine.tracking.TrackResult;
import io.aimpoint.sim.client.EngineClient;
import io.aimpoint.sim.policy.GroundTruth;
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
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Plays a world's traffic against an engine that runs on real time, paced to the wall clock: at
 * {@code speed} 60 one simulated minute passes per real second. This is what keeps a demo server
 * busy; {@link PolicyRun} is the measuring counterpart that runs a fixed horizon as fast as it can.
 *
 * <p>It sends what {@link PolicyRun} sends against a remote engine: behaviour events in batches
 * (without timestamps, so the engine stamps them on arrival), a decision per ad opportunity, the
 * impression of every served ad, clicks with the true click probability, and conversions with the
 * true conversion probability once their sampled delay has passed on the simulated clock. Bots are
 * among the world's users, so their traffic is in it too. Outcomes are drawn from a generator per
 * simulated day, seeded; the engine's answers (which ads) are whatever they are.
 *
 * <p>It runs day after day until {@link #stop} or the horizon of its {@link Options}. A failed call
 * is counted ({@link Counts#errors}) and the traffic goes on: a demo should survive a bad minute.
 * {@link #counts} may be read from any thread while it runs.
 */
public final class LiveTraffic implements Runnable {
  private static final long OUTCOME_STREAM = 0x11FE0C7CL;

  /**
   * How to play the traffic.
   *
   * @param seed seed of the outcome draws (clicks, conversions)
   * @param speed simulated seconds per real second; {@code Double.POSITIVE_INFINITY} plays as fast
   *     as the engine answers
   * @param firstDay the simulated day to start at (0 = the world's start); a resumed demo starts
   *     after the days it already played, so that no event id repeats
   * @param horizon how much simulated time to play from the start of {@code firstDay}; null plays
   *     until stopped
   */
  public record Options(long seed, double speed, int firstDay, Duration horizon) {
    public Options {
      if (!(speed > 0)) {
        throw new IllegalArgumentException("speed must be positive; speed=" + speed);
      }
      if (firstDay < 0) {
        throw new IllegalArgumentException("firstDay must be >= 0; firstDay=" + firstDay);
      }
      if (horizon != null && (horizon.isNegative() || horizon.isZero())) {
        throw new IllegalArgumentException("horizon must be positive; horizon=" + horizon);
      }
    }
  }

  /**
   * What was sent so far and how the engine answered.
   *
   * @param simulatedNow the simulated time reached
   * @param events behaviour events accepted by the engine
   * @param adRequests decisions asked for
   * @param impressions impression links fired (one per served ad)
   * @param clicks click links fired
   * @param conversions conversions reported
   * @param spendMicros what the engine charged for them, as its tracking answers say
   * @param errors calls that failed or events the engine rejected
   * @param lastError the message of the latest failure, or null
   */
  public record Counts(
      Instant simulatedNow,
      long events,
      long adRequests,
      long impressions,
      long clicks,
      long conversions,
      long spendMicros,
      long errors,
      String lastError) {}

  /**
   * Told when a simulated day begins, before its first event (e.g. to remember where to resume).
   */
  @FunctionalInterface
  public interface DayListener {
    DayListener NONE = day -> {};

    void dayStarted(int day);
  }

  private final World world;
  private final EngineClient client;
  private final GroundTruth truth;
  private final Options options;
  private final DayListener days;
  private final TrafficGenerator traffic;
  private final RequestMapper mapper;
  private final PendingConversions pending = new PendingConversions();
  private final List<EventInput> buffer = new ArrayList<>(PolicyRun.BATCH_SIZE);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicReference<Instant> simulatedNow;
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong adRequests = new AtomicLong();
  private final AtomicLong impressions = new AtomicLong();
  private final AtomicLong clicks = new AtomicLong();
  private final AtomicLong conversions = new AtomicLong();
  private final AtomicLong spendMicros = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicReference<String> lastError = new AtomicReference<>();
  private Instant bufferOldest;
  private long realStartNanos;
  private SplittableRandom outcomes;

  /**
   * Traffic of {@code world} against the engine behind {@code client}, whose ids of the world are
   * in {@code truth.ids()} (filled by {@link WorldSetup} or matched to an existing world).
   */
  public LiveTraffic(
      World world, EngineClient client, GroundTruth truth, Options options, DayListener days) {
    this.world = Objects.requireNonNull(world, "world");
    this.client = Objects.requireNonNull(client, "client");
    this.truth = Objects.requireNonNull(truth, "truth");
    this.options = Objects.requireNonNull(options, "options");
    this.days = Objects.requireNonNull(days, "days");
    this.traffic = new TrafficGenerator(world);
    this.mapper = new RequestMapper(client.usesSimulatedClock());
    this.simulatedNow = new AtomicReference<>(dayStart(options.firstDay()));
  }

  /** Plays the traffic until {@link #stop} is called or the horizon is reached. */
  @Override
  public void run() {
    realStartNanos = System.nanoTime();
    Instant start = dayStart(options.firstDay());
    Instant end = options.horizon() == null ? null : start.plus(options.horizon());
    for (int day = options.firstDay(); !isStopped(); day++) {
      if (end != null && !dayStart(day).isBefore(end)) {
        break;
      }
      days.dayStarted(day);
      outcomes = new SplittableRandom(Sampling.seed(options.seed(), OUTCOME_STREAM, day));
      if (!playDay(day, start, end)) {
        break;
      }
    }
    if (end != null && !isStopped()) {
      postDue(end);
      simulatedNow.set(end);
    }
    guarded(this::flush);
  }

  /** Asks the traffic to stop; {@link #run} returns soon after, from any wait. */
  public void stop() {
    stopped.countDown();
  }

  public boolean isStopped() {
    return stopped.getCount() == 0;
  }

  /**
   * A consistent-enough snapshot of the counters (each is exact; together they may be a step
   * apart).
   */
  public Counts counts() {
    return new Counts(
        simulatedNow.get(),
        events.get(),
        adRequests.get(),
        impressions.get(),
        clicks.get(),
        conversions.get(),
        spendMicros.get(),
        errors.get(),
        lastError.get());
  }

  /** Plays day {@code day}; false when stopped or past {@code end} (null: no end). */
  private boolean playDay(int day, Instant start, Instant end) {
    for (SimEvent event : dayEvents(day)) {
      if (end != null && !event.at().isBefore(end)) {
        return false;
      }
      if (!awaitSimulated(start, event.at())) {
        return false;
      }
      guarded(() -> step(event));
    }
    return true;
  }

  private List<SimEvent> dayEvents(int day) {
    List<SimEvent> all = new ArrayList<>();
    for (SimUser user : world.users()) {
      all.addAll(traffic.day(user, day));
    }
    all.sort(Comparator.comparing(SimEvent::at).thenComparing(SimEvent::eventId));
    return all;
  }

  /**
   * Waits until the wall clock reaches simulated instant {@code at}; false if stopped meanwhile.
   * Behind schedule (a slow engine) it does not wait at all, so the traffic catches up.
   */
  private boolean awaitSimulated(Instant start, Instant at) {
    double simulatedNanos = Duration.between(start, at).toNanos();
    long dueNanos = realStartNanos + (long) (simulatedNanos / options.speed());
    long waitNanos = dueNanos - System.nanoTime();
    try {
      return waitNanos <= 0 ? !isStopped() : !stopped.await(waitNanos, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop();
      return false;
    }
  }

  private void step(SimEvent event) {
    Instant at = event.at();
    postDue(at);
    simulatedNow.set(at);
    if (bufferOldest != null
        && Duration.between(bufferOldest, at).compareTo(PolicyRun.FLUSH_INTERVAL) >= 0) {
      flush();
    }
    if (event instanceof AdOpportunity o) {
      serve(o);
      return;
    }
    buffer.add(mapper.event(event, world.user(event.userId())));
    if (bufferOldest == null) {
      bufferOldest = at;
    }
    if (buffer.size() >= PolicyRun.BATCH_SIZE) {
      flush();
    }
  }

  private void flush() {
    if (buffer.isEmpty()) {
      return;
    }
    List<EventInput> batch = List.copyOf(buffer);
    buffer.clear();
    bufferOldest = null;
    for (EventOutcome o : client.sendEvents(batch).outcomes()) {
      if (o.status() == EventOutcome.Status.REJECTED) {
        failed("the engine rejected event " + o.eventId() + ": " + o);
      } else {
        events.incrementAndGet();
      }
    }
  }

  private void serve(AdOpportunity o) {
    SimUser user = world.user(o.userId());
    DecisionResult result = client.decide(mapper.adRequest(o, user));
    adRequests.incrementAndGet();
    for (ServedAdView ad : result.ads()) {
      guarded(() -> deliver(o, user, ad));
    }
  }

  /** Fires the impression, then draws the click and the conversion from the true models. */
  private void deliver(AdOpportunity o, SimUser user, ServedAdView ad) {
    spendMicros.addAndGet(client.impression(ad.impressionToken()).chargedMicros());
    impressions.incrementAndGet();
    double pCtr =
        truth.clickProbability(
            user, o, ad.campaignId(), ad.creativeId(), ad.variantId(), ad.slot());
    double pCvr = truth.conversionProbability(user, ad.creativeId(), o.at());
    truth.exposures().record(user.id(), ad.campaignId(), o.at());
    // Draw all four every time, so that a day's draws do not depend on earlier outcomes.
    boolean clicked = outcomes.nextDouble() < pCtr;
    boolean converts = outcomes.nextDouble() < pCvr;
    Duration delay = ConversionModel.sampleDelay(outcomes);
    SimCreative creative = truth.ids().creative(ad.creativeId());
    long value = truth.conversionModel().sampleValueMicros(creative.category(), outcomes);
    if (!clicked) {
      return;
    }
    TrackResult click = client.click(ad.clickToken());
    clicks.incrementAndGet();
    spendMicros.addAndGet(click.chargedMicros());
    if (converts) {
      String orderId = "live-" + o.eventId() + "-" + ad.slot();
      pending.add(
          new PendingConversions.Pending(
              o.at().plus(delay),
              ad.advertiserId(),
              orderId,
              PolicyRun.clickId(click.landingUrl()),
              value));
    }
  }

  private void postDue(Instant at) {
    PendingConversions.Pending p;
    while ((p = pending.pollDue(at)) != null) {
      PendingConversions.Pending due = p;
      guarded(() -> postConversion(due));
    }
  }

  private void postConversion(PendingConversions.Pending p) {
    String timestamp = client.usesSimulatedClock() ? p.dueAt().toString() : null;
    ConversionRequest request =
        new ConversionRequest(null, p.orderId(), null, p.clickId(), p.valueMicros(), timestamp);
    spendMicros.addAndGet(client.conversion(p.advertiserId(), request).chargedMicros());
    conversions.incrementAndGet();
  }

  /** Runs {@code call}, counting a failure instead of ending the traffic. */
  private void guarded(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private void failed(String message) {
    errors.incrementAndGet();
    lastError.set(message);
  }

  private Instant dayStart(int day) {
    return world.config().start().plus(Duration.ofDays(day));
  }
}
