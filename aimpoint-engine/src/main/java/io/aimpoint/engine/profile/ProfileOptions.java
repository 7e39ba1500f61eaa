package io.aimpoint.engine.profile;

import java.time.Duration;
import java.util.List;

/**
 * How profiles are built (defaults in {@link #defaults()}, documented in docs/profiles.md).
 *
 * @param interestHalfLife half-life of interest, keyword and semantic weights (default 7 days)
 * @param maxKeywords most keywords kept per profile, the weakest dropped first (default 50)
 * @param maxBehaviours length of the behaviour sequence (default 200)
 * @param nearDuplicateWindow how close in time two equal events of a user must be for the second to
 *     be dropped as a near-duplicate (default 10 s; zero disables)
 * @param previousPseudonymKeys pseudonym keys used before the current one, newest first (default
 *     none); profiles under them are found and migrated to the current key
 */
public record ProfileOptions(
    Duration interestHalfLife,
    int maxKeywords,
    int maxBehaviours,
    Duration nearDuplicateWindow,
    List<byte[]> previousPseudonymKeys) {

  public static final Duration DEFAULT_HALF_LIFE = Duration.ofDays(7);

  public ProfileOptions {
    if (interestHalfLife == null || interestHalfLife.isNegative() || interestHalfLife.isZero()) {
      throw new IllegalArgumentException(
          "interestHalfLife must be positive; interestHalfLife=" + interestHalfLife);
    }
    if (maxKeywords < 0) {
      throw new IllegalArgumentException(
          "maxKeywords must not be negative; maxKeywords=" + maxKeywords);
    }
    if (maxBehaviours < 0) {
      throw new IllegalArgumentException(
          "maxBehaviours must not be negative; maxBehaviours=" + maxBehaviours);
    }
    if (nearDuplicateWindow == null || nearDuplicateWindow.isNegative()) {
      throw new IllegalArgumentException(
          "nearDuplicateWindow must not be negative; nearDuplicateWindow=" + nearDuplicateWindow);
    }
    previousPseudonymKeys =
        previousPseudonymKeys == null
            ? List.of()
            : previousPseudonymKeys.stream().map(byte[]::clone).toList();
  }

  public static ProfileOptions defaults() {
    return new ProfileOptions(DEFAULT_HALF_LIFE, 50, 200, Duration.ofSeconds(10), List.of());
  }

  /** These options with {@code keys} as the previous pseudonym keys, newest first. */
  public ProfileOptions withPreviousPseudonymKeys(List<byte[]> keys) {
    return new ProfileOptions(
        interestHalfLife, maxKeywords, maxBehaviours, nearDuplicateWindow, keys);
  }
}
