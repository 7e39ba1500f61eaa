package io.aimpoint.engine.report;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.ledger.DeliveryStats;
import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.Ledger;
import io.aimpoint.core.validation.Errors;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.auth.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Campaign delivery reports from {@link Ledger#stats}. Admins may read every campaign's report,
 * advertiser callers only their own (others are {@link NotFoundException}), publishers none.
 *
 * <p>Ranges are bounded so that one request cannot ask for millions of buckets: at most {@link
 * #MAX_HOURLY_RANGE} by hour and {@link #MAX_DAILY_RANGE} by day. Without {@code to} the range ends
 * at the start of the next hour; without {@code from} it covers the 7 days before {@code to}.
 */
public final class ReportService {
  public static final Duration MAX_HOURLY_RANGE = Duration.ofDays(92);
  public static final Duration MAX_DAILY_RANGE = Duration.ofDays(3660);
  public static final Duration DEFAULT_RANGE = Duration.ofDays(7);

  private final CampaignStore campaigns;
  private final Ledger ledger;
  private final Clock clock;

  public ReportService(CampaignStore campaigns, Ledger ledger, Clock clock) {
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The report of one campaign; a null {@code granularity} means by day. */
  public CampaignReport campaignReport(
      Caller caller, String campaignId, Instant from, Instant to, Granularity granularity) {
    if (!caller.isAdmin() && caller.role() != ApiKey.Role.ADVERTISER) {
      throw new ForbiddenException("only admin and advertiser keys may read reports");
    }
    Campaign campaign =
        campaigns
            .campaign(campaignId)
            .filter(c -> caller.canSee(c.advertiserId()))
            .orElseThrow(() -> new NotFoundException("campaign", campaignId));
    Granularity g = granularity == null ? Granularity.DAY : granularity;
    Instant end = to != null ? to : clock.instant().truncatedTo(ChronoUnit.HOURS).plusSeconds(3600);
    Instant start = from != null ? from : end.minus(DEFAULT_RANGE);
    checkRange(start, end, g);
    List<DeliveryStats> stats = ledger.stats(campaign.id(), start, end, g);
    List<ReportRow> rows = stats.stream().map(ReportRow::of).toList();
    return new CampaignReport(campaign.id(), start, end, g, rows, total(start, stats));
  }

  private static void checkRange(Instant from, Instant to, Granularity g) {
    Errors errors = new Errors();
    if (!from.isBefore(to)) {
      errors.add("from", "must be before to (" + from + " >= " + to + ")");
    } else {
      Duration max = g == Granularity.HOUR ? MAX_HOURLY_RANGE : MAX_DAILY_RANGE;
      errors.require(
          Duration.between(from, to).compareTo(max) <= 0,
          "to",
          "the range may span at most "
              + max.toDays()
              + " days with granularity "
              + g.name().toLowerCase(java.util.Locale.ROOT));
    }
    errors.throwIfAny();
  }

  private static ReportRow total(Instant from, List<DeliveryStats> stats) {
    long imps = 0;
    long clicks = 0;
    long convs = 0;
    long spend = 0;
    for (DeliveryStats s : stats) {
      imps += s.impressions();
      clicks += s.clicks();
      convs += s.conversions();
      spend = Math.addExact(spend, s.spendMicros());
    }
    return ReportRow.of(from, imps, clicks, convs, spend);
  }
}
