package io.aimpoint.core.ranking;

/** Impressions, clicks and conversions observed for one creative, campaign or everything. */
public record DeliveryCounts(long impressions, long clicks, long conversions) {
  public static final DeliveryCounts ZERO = new DeliveryCounts(0, 0, 0);

  public DeliveryCounts {
    if (impressions < 0 || clicks < 0 || conversions < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0; impressions="
              + impressions
              + ", clicks="
              + clicks
              + ", conversions="
              + conversions);
    }
  }

  public DeliveryCounts plus(DeliveryCounts other) {
    return new DeliveryCounts(
        impressions + other.impressions, clicks + other.clicks, conversions + other.conversions);
  }
}
