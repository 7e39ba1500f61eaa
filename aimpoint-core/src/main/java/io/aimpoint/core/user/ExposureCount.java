package io.aimpoint.core.user;

/** How many impressions and clicks of ads a user had, for one campaign or one category. */
public record ExposureCount(long impressions, long clicks) {
  public static final ExposureCount ZERO = new ExposureCount(0, 0);

  public ExposureCount plus(long moreImpressions, long moreClicks) {
    return new ExposureCount(impressions + moreImpressions, clicks + moreClicks);
  }
}
