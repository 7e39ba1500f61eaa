package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.time.Instant;
import java.util.List;

/**
 * One ad of a campaign: the text and links a user sees. {@code frequencyCap}, optional, caps this
 * creative's impressions per user on top of the campaign's cap.
 */
public record Creative(
    String id,
    String campaignId,
    String advertiserId,
    String title,
    String body,
    String imageUrl,
    String landingUrl,
    String category,
    String language,
    List<String> keywords,
    FrequencyCap frequencyCap,
    Status status,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static final int MAX_KEYWORDS = 100;

  public Creative {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
  }

  public void validate() {
    Errors errors = new Errors();
    errors.requireText(campaignId, "campaignId", 64);
    errors.requireText(advertiserId, "advertiserId", 64);
    errors.requireText(title, "title", 200);
    errors.optionalText(body, "body", 2000);
    errors.optionalHttpUrl(imageUrl, "imageUrl");
    errors.requireHttpUrl(landingUrl, "landingUrl");
    errors.optionalText(category, "category", 100);
    errors.optionalText(language, "language", 16);
    errors.require(status != null, "status", "is required (ACTIVE, PAUSED or ARCHIVED)");
    if (keywords.size() > MAX_KEYWORDS) {
      errors.add("keywords", "must have at most " + MAX_KEYWORDS + " entries");
    }
    if (frequencyCap != null) {
      frequencyCap.validate(errors.nested("frequencyCap"));
    }
    errors.throwIfAny();
  }

  public Creative withIdentity(String newId, Instant created, Instant updated, long newVersion) {
    return new Creative(
        newId,
        campaignId,
        advertiserId,
        title,
        body,
        imageUrl,
        landingUrl,
        category,
        language,
        keywords,
        frequencyCap,
        status,
        created,
        updated,
        newVersion);
  }

  /** This creative under another campaign, and so under that campaign's advertiser. */
  public Creative withOwner(String newCampaignId, String newAdvertiserId) {
    return new Creative(
        id,
        newCampaignId,
        newAdvertiserId,
        title,
        body,
        imageUrl,
        landingUrl,
        category,
        language,
        keywords,
        frequencyCap,
        status,
        createdAt,
        updatedAt,
        version);
  }

  public Creative withTitle(String newTitle) {
    return new Creative(
        id,
        campaignId,
        advertiserId,
        newTitle,
        body,
        imageUrl,
        landingUrl,
        category,
        language,
        keywords,
        frequencyCap,
        status,
        createdAt,
        updatedAt,
        version);
  }

  public Creative withStatus(Status newStatus) {
    return new Creative(
        id,
        campaignId,
        advertiserId,
        title,
        body,
        imageUrl,
        landingUrl,
        category,
        language,
        keywords,
        frequencyCap,
        newStatus,
        createdAt,
        updatedAt,
        version);
  }

  public Creative withFrequencyCap(FrequencyCap newCap) {
    return new Creative(
        id,
        campaignId,
        advertiserId,
        title,
        body,
        imageUrl,
        landingUrl,
        category,
        language,
        keywords,
        newCap,
        status,
        createdAt,
        updatedAt,
        version);
  }
}
