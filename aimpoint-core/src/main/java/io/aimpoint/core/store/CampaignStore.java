package io.aimpoint.core.store;

import io.aimpoint.core.campaign.Advertiser;
import io.aimpoint.core.campaign.Campaign;
import io.aimpoint.core.campaign.Creative;
import io.aimpoint.core.campaign.Placement;
import java.util.List;
import java.util.Optional;

/**
 * Advertisers, campaigns, creatives and placements: the slowly changing side of the engine.
 *
 * <p>The caller assigns ids, timestamps and versions. {@code create*} fails with {@link
 * IllegalArgumentException} if the id exists. {@code update*} is a compare-and-set: it succeeds
 * only if the stored version is {@code newValue.version() - 1}, else throws {@link
 * StaleVersionException}; it returns false if the object does not exist. Deleting an advertiser
 * deletes its campaigns and creatives; deleting a campaign deletes its creatives. Listings honour
 * {@link ListQuery} filters that apply to the kind ({@code advertiserId}, {@code campaignId},
 * {@code status}).
 *
 * <p>Everything acknowledged survives a crash of the process.
 */
public interface CampaignStore {
  void createAdvertiser(Advertiser advertiser);

  Optional<Advertiser> advertiser(String id);

  boolean updateAdvertiser(Advertiser advertiser);

  boolean deleteAdvertiser(String id);

  Page<Advertiser> advertisers(ListQuery query);

  void createCampaign(Campaign campaign);

  Optional<Campaign> campaign(String id);

  boolean updateCampaign(Campaign campaign);

  boolean deleteCampaign(String id);

  Page<Campaign> campaigns(ListQuery query);

  void createCreative(Creative creative);

  Optional<Creative> creative(String id);

  boolean updateCreative(Creative creative);

  boolean deleteCreative(String id);

  Page<Creative> creatives(ListQuery query);

  /** Inserts or replaces a placement by id. */
  void putPlacement(Placement placement);

  Optional<Placement> placement(String id);

  List<Placement> placements();
}
