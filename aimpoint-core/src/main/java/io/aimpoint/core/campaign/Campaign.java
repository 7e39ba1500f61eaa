package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.time.Instant;

/**
 * What an advertiser buys: a bid, budgets, a schedule and the audience. Serves only while {@code
 * status} is {@code ACTIVE}, inside {@code [startAt, endAt)} and the dayparting, and with budget
 * left.
 */
public record Campaign(
    String id,
    String advertiserId,
    String name,
    Status status,
    Instant startAt,
    Instant endAt,
    Dayparting dayparting,
    Budget budget,
    PacingMode pacing,
    Bid bid,
    FrequencyCap frequencyCap,
    Targeting targeting,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Campaign {
    dayparting = dayparting == null ? Dayparting.always() : dayparting;
    pacing = pacing == null ? PacingMode.EVEN : pacing;
    targeting = targeting == null ? Targeting.everyone() : targeting;
  }

  public void validate() {
    Errors errors = new Errors();
    errors.requireText(advertiserId, "advertiserId", 64);
    errors.requireText(name, "name", 200);
    errors.require(status != null, "status", "is required (ACTIVE, PAUSED or ARCHIVED)");
    if (startAt != null && endAt != null && !endAt.isAfter(startAt)) {
      errors.add("endAt", "must be after startAt");
    }
    dayparting.validate(errors.nested("dayparting"));
    if (budget == null) {
      errors.add("budget", "is required");
    } else {
      budget.validate(errors.nested("budget"));
    }
    if (bid == null) {
      errors.add("bid", "is required");
    } else {
      bid.validate(errors.nested("bid"));
    }
    if (frequencyCap != null) {
      frequencyCap.validate(errors.nested("frequencyCap"));
    }
    targeting.validate(errors.nested("targeting"));
    errors.throwIfAny();
  }

  /** Whether the schedule (start, end, dayparting) allows serving at {@code at}. */
  public boolean isScheduledAt(Instant at) {
    return (startAt == null || !at.isBefore(startAt))
        && (endAt == null || at.isBefore(endAt))
        && dayparting.allows(at);
  }

  public Campaign withIdentity(String newId, Instant created, Instant updated, long newVersion) {
    return new Campaign(
        newId,
        advertiserId,
        name,
        status,
        startAt,
        endAt,
        dayparting,
        budget,
        pacing,
        bid,
        frequencyCap,
        targeting,
        created,
        updated,
        newVersion);
  }

  /** This campaign under another advertiser (the service owns ownership, not the client). */
  public Campaign withAdvertiserId(String newAdvertiserId) {
    return new Campaign(
        id,
        newAdvertiserId,
        name,
        status,
        startAt,
        endAt,
        dayparting,
        budget,
        pacing,
        bid,
        frequencyCap,
        targeting,
        createdAt,
        updatedAt,
        version);
  }

  public Campaign withName(String newName) {
    return new Campaign(
        id,
        advertiserId,
        newName,
        status,
        startAt,
        endAt,
        dayparting,
        budget,
        pacing,
        bid,
        frequencyCap,
        targeting,
        createdAt,
        updatedAt,
        version);
  }

  public Campaign withStatus(Status newStatus) {
    return new Campaign(
        id,
        advertiserId,
        name,
        newStatus,
        startAt,
        endAt,
        dayparting,
        budget,
        pacing,
        bid,
        frequencyCap,
        targeting,
        createdAt,
        updatedAt,
        version);
  }
}
