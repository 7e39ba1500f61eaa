package io.aimpoint.engine.admin;

import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Status;

/** Copies of client-supplied objects with the fields the service owns replaced. */
final class Copies {
  private Copies() {}

  static Campaign campaign(Campaign c, String advertiserId, Status status) {
    return new Campaign(
        c.id(),
        advertiserId,
        c.name(),
        status,
        c.startAt(),
        c.endAt(),
        c.dayparting(),
        c.budget(),
        c.pacing(),
        c.bid(),
        c.frequencyCap(),
        c.targeting(),
        c.createdAt(),
        c.updatedAt(),
        c.version());
  }

  /** The creative under {@code owner}: campaign and advertiser ids come from the campaign. */
  static Creative creative(Creative c, Campaign owner, Status status) {
    return new Creative(
        c.id(),
        owner.id(),
        owner.advertiserId(),
        c.title(),
        c.body(),
        c.imageUrl(),
        c.landingUrl(),
        c.category(),
        c.language(),
        c.keywords(),
        c.frequencyCap(),
        status,
        c.createdAt(),
        c.updatedAt(),
        c.version());
  }
}
