package io.aimpoint.core.campaign;

import io.aimpoint.core.validation.Errors;
import java.time.Instant;

/** A tenant: owns campaigns and creatives; its API keys see only its own objects. */
public record Advertiser(
    String id,
    String name,
    String domain,
    Status status,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  /**
   * Validates the fields a client controls; throws {@code ValidationException} listing each
   * problem.
   */
  public void validate() {
    Errors errors = new Errors();
    errors.requireText(name, "name", 200);
    errors.optionalText(domain, "domain", 253);
    errors.require(status != null, "status", "is required (ACTIVE, PAUSED or ARCHIVED)");
    errors.throwIfAny();
  }

  public Advertiser withIdentity(String newId, Instant created, Instant updated, long newVersion) {
    return new Advertiser(newId, name, domain, status, created, updated, newVersion);
  }
}
