package io.aimpoint.core.store;

import java.time.Instant;

/**
 * A stored API key: only the SHA-256 hash of the secret is kept. {@code advertiserId} is set for
 * advertiser keys only.
 */
public record ApiKey(
    String id, String secretHash, Role role, String advertiserId, String label, Instant createdAt) {
  public enum Role {
    /** Everything. */
    ADMIN,
    /** Its own advertiser's objects and reports only. */
    ADVERTISER,
    /** Decisions and events only. */
    PUBLISHER
  }
}
