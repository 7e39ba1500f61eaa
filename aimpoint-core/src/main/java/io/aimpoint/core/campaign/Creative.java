package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.time.Instant;
import java.util.List;

/**
 * One ad of a campaign: the text and links a user sees. {@code frequencyCap}, optional, caps this
 * creative's impressions per user on top of the campaign's cap. {@code variants}, optional, are
 * alternative titles, bodies and images the engine assembles into combinations and learns between
 * (a dynamic creative); null when there are none, and an empty {@link CreativeVariants} reads as
 * null, so a creative without alternatives serves exactly as written.
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
    CreativeVariants variants,
    Status status,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public static final int MAX_KEYWORDS = 100;
  public static final int MAX_TITLE_CHARS = 200;
  public static final int MAX_BODY_CHARS = 2000;

  public Creative {
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    variants = variants == null || !variants.hasAny() ? null : variants;
  }

  /** A creative without variants. */
  public Creative(
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
    this(
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
        null,
        status,
        createdAt,
        updatedAt,
        version);
  }

  public void validate() {
    Errors errors = new Errors();
    errors.requireText(campaignId, "campaignId", 64);
    errors.requireText(advertiserId, "advertiserId", 64);
    errors.requireText(title, "title", MAX_TITLE_CHARS);
    errors.optionalText(body, "body", MAX_BODY_CHARS);
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
    if (variants != null) {
      variants.validate(errors.nested("variants"));
    }
    errors.throwIfAny();
  }

  /** Whether this creative has alternatives to assemble (more than one combination). */
  public boolean hasVariants() {
    return variants != null;
  }

  /** Every combination of this creative; just {@link VariantCombination#BASE} without variants. */
  public List<VariantCombination> combinations() {
    return variants == null ? List.of(VariantCombination.BASE) : variants.combinations();
  }

  /**
   * This creative as {@code combination} assembles it: its title, body and image replaced by the
   * chosen options (variants kept).
   *
   * @throws IllegalArgumentException if the combination names an option this creative lacks
   */
  public Creative assembled(VariantCombination combination) {
    if (combination.equals(VariantCombination.BASE)) {
      return this;
    }
    if (variants == null || !variants.contains(combination)) {
      throw new IllegalArgumentException(
          "creative " + id + " has no combination " + combination.id());
    }
    return new Creative(
        id,
        campaignId,
        advertiserId,
        option(title, variants.titles(), combination.title()),
        option(body, variants.bodies(), combination.body()),
        option(imageUrl, variants.imageUrls(), combination.image()),
        landingUrl,
        category,
        language,
        keywords,
        frequencyCap,
        variants,
        status,
        createdAt,
        updatedAt,
        version);
  }

  private static String option(String base, List<String> alternatives, int option) {
    return option == 0 ? base : alternatives.get(option - 1);
  }

  public Creative withVariants(CreativeVariants newVariants) {
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
        newVariants,
        status,
        createdAt,
        updatedAt,
        version);
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
        variants,
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
        variants,
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
        variants,
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
        variants,
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
        variants,
        status,
        createdAt,
        updatedAt,
        version);
  }
}
