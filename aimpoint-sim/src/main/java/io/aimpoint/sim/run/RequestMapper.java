package io.aimpoint.sim.run;

import io.aimpoint.core.user.Demographics;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.ingest.EventInput;
import io.aimpoint.sim.traffic.AdContext;
import io.aimpoint.sim.traffic.AdOpportunity;
import io.aimpoint.sim.traffic.SimEvent;
import io.aimpoint.sim.traffic.SimPageView;
import io.aimpoint.sim.traffic.SimPurchase;
import io.aimpoint.sim.traffic.SimSearch;
import io.aimpoint.sim.traffic.SimSocial;
import io.aimpoint.sim.world.SimUser;

/**
 * Turns simulator records into the engine's API requests, as a publisher would send them. Page
 * views carry the site section (the page's category), which publishers know; the true category of
 * an ad request's page is not sent, the engine has to read it from the text and keywords.
 */
public final class RequestMapper {
  private final boolean timestamps;

  /**
   * @param timestamps whether events carry their simulated time (an engine on real time stamps them
   *     on arrival instead)
   */
  public RequestMapper(boolean timestamps) {
    this.timestamps = timestamps;
  }

  /** The behaviour event of {@code event}; ad opportunities are not behaviour events. */
  public EventInput event(SimEvent event, SimUser user) {
    String at = timestamps ? event.at().toString() : null;
    Boolean consent = user.traits().consent();
    String id = event.eventId();
    return switch (event) {
      case SimPageView v ->
          new EventInput(
              id,
              "page_view",
              user.id(),
              at,
              consent,
              v.page().url(),
              v.page().title(),
              v.page().text(),
              v.page().category(),
              null,
              null,
              null,
              null,
              null);
      case SimSearch s ->
          new EventInput(
              id, "search", user.id(), at, consent, null, null, null, null, s.query(), null, null,
              null, null);
      case SimPurchase p ->
          new EventInput(
              id,
              "purchase",
              user.id(),
              at,
              consent,
              null,
              null,
              null,
              p.category(),
              null,
              p.item(),
              p.amountMicros(),
              null,
              null);
      case SimSocial s ->
          new EventInput(
              id,
              "social",
              user.id(),
              at,
              consent,
              null,
              null,
              null,
              s.category(),
              null,
              s.item(),
              null,
              s.action(),
              null);
      case AdOpportunity o ->
          throw new IllegalArgumentException("an ad opportunity is not a behaviour event: " + id);
    };
  }

  /** The decision request of an ad opportunity. */
  public AdRequest adRequest(AdOpportunity opportunity, SimUser user) {
    Demographics d = user.demographics();
    AdContext c = opportunity.context();
    return new AdRequest(
        opportunity.placementId(),
        new AdRequest.User(
            user.id(), d.age(), d.gender(), d.geo(), d.device(), user.traits().consent()),
        new AdRequest.Context(c.url(), c.pageText(), c.keywords(), c.query(), c.language().code()),
        opportunity.slots());
  }
}
