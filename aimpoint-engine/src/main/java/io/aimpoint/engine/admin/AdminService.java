package io.aimpoint.engine.admin;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import io.aimpoint.core.campaign.Status;
import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.store.ListQuery;
import io.aimpoint.core.store.Page;
import io.aimpoint.core.store.StaleVersionException;
import io.aimpoint.core.validation.ValidationException;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.auth.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Create, read, update and delete of advertisers, campaigns, creatives and placements, with the
 * access rules of every caller role.
 *
 * <p>Access: admins see and change everything. An advertiser caller sees and changes only objects
 * of its own advertiser; anything else is a {@link NotFoundException}, never a refusal, so that the
 * existence of other advertisers' ids does not leak. Advertiser callers cannot create or delete
 * advertisers nor move objects to another advertiser. Publisher callers can do none of this ({@link
 * ForbiddenException}); placements are admin-only.
 *
 * <p>Identity: the service assigns ids, {@code createdAt}/{@code updatedAt} (from the clock) and
 * versions; whatever the client sent for them is ignored. A {@code null} status on create means
 * {@code ACTIVE}. Updates are a compare-and-set on {@code version}: the changed object carries the
 * version it was based on, and a concurrent change makes the update fail with {@link
 * StaleVersionException}.
 *
 * <p>Every successful change runs {@code onCatalogChange} (the decision catalog's refresh), so
 * serving sees it at once.
 */
public final class AdminService {
  private final CampaignStore store;
  private final Clock clock;
  private final Runnable onCatalogChange;
  private final Ids ids;

  public AdminService(CampaignStore store, Clock clock, Runnable onCatalogChange, Ids ids) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.onCatalogChange = Objects.requireNonNull(onCatalogChange, "onCatalogChange");
    this.ids = Objects.requireNonNull(ids, "ids");
  }

  public AdminService(CampaignStore store, Clock clock, Runnable onCatalogChange) {
    this(store, clock, onCatalogChange, new Ids());
  }

  // ---- advertisers

  /** Creates an advertiser (admin only). */
  public Advertiser createAdvertiser(Caller caller, Advertiser draft) {
    requireAdmin(caller, "only an admin key may create advertisers");
    Instant now = clock.instant();
    Advertiser created =
        new Advertiser(
            ids.next("adv"), draft.name(), draft.domain(), orActive(draft.status()), now, now, 1);
    created.validate();
    store.createAdvertiser(created);
    onCatalogChange.run();
    return created;
  }

  public Advertiser advertiser(Caller caller, String id) {
    requireManager(caller);
    return store
        .advertiser(id)
        .filter(a -> caller.canSee(a.id()))
        .orElseThrow(() -> new NotFoundException("advertiser", id));
  }

  /** Advertisers ordered by id; an advertiser caller sees only its own. */
  public Page<Advertiser> advertisers(Caller caller, ListQuery query) {
    requireManager(caller);
    if (caller.isAdmin()) {
      return store.advertisers(query);
    }
    List<Advertiser> own =
        store
            .advertiser(caller.advertiserId())
            .filter(a -> query.after() == null || a.id().compareTo(query.after()) > 0)
            .filter(a -> query.status() == null || a.status() == query.status())
            .stream()
            .toList();
    return new Page<>(own, null);
  }

  /**
   * Replaces the advertiser {@code changed.id()}; {@code changed.version()} is the version the
   * change was based on.
   */
  public Advertiser updateAdvertiser(Caller caller, Advertiser changed) {
    Advertiser current = advertiser(caller, changed.id());
    checkVersion("advertiser", current.id(), current.version(), changed.version());
    Advertiser next =
        new Advertiser(
            current.id(),
            changed.name(),
            changed.domain(),
            changed.status(),
            current.createdAt(),
            clock.instant(),
            current.version() + 1);
    next.validate();
    if (!store.updateAdvertiser(next)) {
      throw new NotFoundException("advertiser", current.id());
    }
    onCatalogChange.run();
    return next;
  }

  /** Deletes an advertiser with its campaigns and creatives (admin only). */
  public void deleteAdvertiser(Caller caller, String id) {
    advertiser(caller, id);
    requireAdmin(caller, "only an admin key may delete advertisers");
    if (!store.deleteAdvertiser(id)) {
      throw new NotFoundException("advertiser", id);
    }
    onCatalogChange.run();
  }

  // ---- campaigns

  /**
   * Creates a campaign. An advertiser caller's campaigns always belong to its own advertiser (a
   * null {@code advertiserId} means its own).
   */
  public Campaign createCampaign(Caller caller, Campaign draft) {
    requireManager(caller);
    String advertiserId = ownerFor(caller, draft.advertiserId());
    Instant now = clock.instant();
    Campaign created =
        draft
            .withAdvertiserId(advertiserId)
            .withStatus(orActive(draft.status()))
            .withIdentity(ids.next("cmp"), now, now, 1);
    created.validate();
    requireAdvertiserExists(caller, advertiserId);
    store.createCampaign(created);
    onCatalogChange.run();
    return created;
  }

  public Campaign campaign(Caller caller, String id) {
    requireManager(caller);
    return store
        .campaign(id)
        .filter(c -> caller.canSee(c.advertiserId()))
        .orElseThrow(() -> new NotFoundException("campaign", id));
  }

  /** Campaigns ordered by id, filtered by advertiser and status. */
  public Page<Campaign> campaigns(Caller caller, ListQuery query) {
    requireManager(caller);
    return store.campaigns(scoped(caller, query));
  }

  /**
   * Replaces the campaign {@code changed.id()}; {@code changed.version()} is the version the change
   * was based on. A campaign cannot move to another advertiser.
   */
  public Campaign updateCampaign(Caller caller, Campaign changed) {
    Campaign current = campaign(caller, changed.id());
    checkVersion("campaign", current.id(), current.version(), changed.version());
    if (changed.advertiserId() != null && !changed.advertiserId().equals(current.advertiserId())) {
      throw new ValidationException(
          "advertiserId", "cannot be changed (was " + current.advertiserId() + ")");
    }
    Campaign next =
        changed
            .withAdvertiserId(current.advertiserId())
            .withIdentity(
                current.id(), current.createdAt(), clock.instant(), current.version() + 1);
    next.validate();
    if (!store.updateCampaign(next)) {
      throw new NotFoundException("campaign", current.id());
    }
    onCatalogChange.run();
    return next;
  }

  /** Deletes a campaign with its creatives. */
  public void deleteCampaign(Caller caller, String id) {
    campaign(caller, id);
    if (!store.deleteCampaign(id)) {
      throw new NotFoundException("campaign", id);
    }
    onCatalogChange.run();
  }

  // ---- creatives

  /** Creates a creative; its advertiser is its campaign's. */
  public Creative createCreative(Caller caller, Creative draft) {
    requireManager(caller);
    Campaign campaign = referencedCampaign(caller, draft.campaignId());
    Instant now = clock.instant();
    Creative created =
        draft
            .withOwner(campaign.id(), campaign.advertiserId())
            .withStatus(orActive(draft.status()))
            .withIdentity(ids.next("crv"), now, now, 1);
    created.validate();
    store.createCreative(created);
    onCatalogChange.run();
    return created;
  }

  public Creative creative(Caller caller, String id) {
    requireManager(caller);
    return store
        .creative(id)
        .filter(c -> caller.canSee(c.advertiserId()))
        .orElseThrow(() -> new NotFoundException("creative", id));
  }

  /** Creatives ordered by id, filtered by advertiser, campaign and status. */
  public Page<Creative> creatives(Caller caller, ListQuery query) {
    requireManager(caller);
    return store.creatives(scoped(caller, query));
  }

  /**
   * Replaces the creative {@code changed.id()}; {@code changed.version()} is the version the change
   * was based on. It may move to another campaign of the same advertiser only.
   */
  public Creative updateCreative(Caller caller, Creative changed) {
    Creative current = creative(caller, changed.id());
    checkVersion("creative", current.id(), current.version(), changed.version());
    String campaignId = changed.campaignId() == null ? current.campaignId() : changed.campaignId();
    Campaign campaign = referencedCampaign(caller, campaignId);
    if (!campaign.advertiserId().equals(current.advertiserId())) {
      throw new ValidationException(
          "campaignId", "must be a campaign of advertiser " + current.advertiserId());
    }
    Creative next =
        changed
            .withOwner(campaign.id(), campaign.advertiserId())
            .withIdentity(
                current.id(), current.createdAt(), clock.instant(), current.version() + 1);
    next.validate();
    if (!store.updateCreative(next)) {
      throw new NotFoundException("creative", current.id());
    }
    onCatalogChange.run();
    return next;
  }

  public void deleteCreative(Caller caller, String id) {
    creative(caller, id);
    if (!store.deleteCreative(id)) {
      throw new NotFoundException("creative", id);
    }
    onCatalogChange.run();
  }

  // ---- placements (admin only)

  /** Inserts or replaces a placement and its floor (admin only). */
  public Placement putPlacement(Caller caller, Placement placement) {
    requireAdmin(caller, "only an admin key may configure placements");
    Placement stored =
        new Placement(
            placement.id(),
            placement.name(),
            placement.floorCpmMicros(),
            placement.categoryExclusive(),
            clock.instant());
    stored.validate();
    store.putPlacement(stored);
    onCatalogChange.run();
    return stored;
  }

  public Placement placement(Caller caller, String id) {
    requireAdmin(caller, "only an admin key may read placements");
    return store.placement(id).orElseThrow(() -> new NotFoundException("placement", id));
  }

  public List<Placement> placements(Caller caller) {
    requireAdmin(caller, "only an admin key may read placements");
    return store.placements();
  }

  // ---- access rules

  private static void requireManager(Caller caller) {
    if (!caller.isAdmin() && caller.role() != ApiKey.Role.ADVERTISER) {
      throw new ForbiddenException("this key may only request decisions and send events");
    }
  }

  private static void requireAdmin(Caller caller, String message) {
    if (!caller.isAdmin()) {
      throw new ForbiddenException(message);
    }
  }

  /** The advertiser a new object of {@code caller} belongs to. */
  private static String ownerFor(Caller caller, String requested) {
    if (caller.isAdmin()) {
      return requested;
    }
    if (requested != null && !requested.equals(caller.advertiserId())) {
      throw new ValidationException("advertiserId", "advertiser " + requested + " does not exist");
    }
    return caller.advertiserId();
  }

  private void requireAdvertiserExists(Caller caller, String advertiserId) {
    if (store.advertiser(advertiserId).filter(a -> caller.canSee(a.id())).isEmpty()) {
      throw new ValidationException(
          "advertiserId", "advertiser " + advertiserId + " does not exist");
    }
  }

  /**
   * The campaign a creative refers to. Another advertiser's campaign reads as missing, like any
   * other id the caller may not see.
   */
  private Campaign referencedCampaign(Caller caller, String campaignId) {
    if (campaignId == null || campaignId.isBlank()) {
      throw new ValidationException("campaignId", "is required");
    }
    return store
        .campaign(campaignId)
        .filter(c -> caller.canSee(c.advertiserId()))
        .orElseThrow(
            () ->
                new ValidationException(
                    "campaignId", "campaign " + campaignId + " does not exist"));
  }

  private static ListQuery scoped(Caller caller, ListQuery query) {
    if (caller.isAdmin()) {
      return query;
    }
    return new ListQuery(
        caller.advertiserId(), query.campaignId(), query.status(), query.after(), query.limit());
  }

  private static void checkVersion(String kind, String id, long current, long basedOn) {
    if (current != basedOn) {
      throw new StaleVersionException(kind, id, basedOn);
    }
  }

  private static Status orActive(Status status) {
    return status == null ? Status.ACTIVE : status;
  }
}
