package io.aimpoint.engine.admin;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.ApiKeyStore;
import io.aimpoint.core.store.CampaignStore;
import io.aimpoint.core.validation.Errors;
import io.aimpoint.engine.ForbiddenException;
import io.aimpoint.engine.NotFoundException;
import io.aimpoint.engine.auth.Caller;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API keys: minting, listing, revoking and authenticating them.
 *
 * <p>A secret is {@value #PREFIX} followed by 256 random bits in URL-safe base64, so that a leaked
 * key is easy to recognise in logs and scanners. Only the SHA-256 hash of a secret is stored; the
 * secret itself is returned once, when the key is made. Lookups go by hash, so the time a lookup
 * takes says nothing about how close a guessed secret was; the final comparison is constant-time
 * anyway.
 *
 * <p>Authentication results (including "unknown key") are cached for {@link #CACHE_TTL} to keep the
 * store off the hot path of every request. Revoking a key through this service takes effect at
 * once; a key revoked by another instance stays usable here for at most the TTL.
 */
public final class ApiKeyService {
  public static final String PREFIX = "ak_";
  public static final Duration CACHE_TTL = Duration.ofSeconds(5);
  private static final int SECRET_BYTES = 32;
  private static final int MAX_CACHED = 10_000;
  private static final int MIN_ADMIN_SECRET_LENGTH = 16;

  private final ApiKeyStore keys;
  private final CampaignStore campaigns;
  private final Clock clock;
  private final SecureRandom random;
  private final Ids ids;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(Optional<Caller> caller, Instant expiresAt) {}

  /** A newly minted key: {@code secret} is shown to the client once and never stored. */
  public record CreatedKey(ApiKey key, String secret) {}

  public ApiKeyService(ApiKeyStore keys, CampaignStore campaigns, Clock clock) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = new SecureRandom();
    this.ids = new Ids(random);
  }

  /** A fresh random secret in the key format, e.g. for an admin key generated at start. */
  public static String newSecret() {
    return newSecret(new SecureRandom());
  }

  /**
   * Registers the hash of the configured admin secret (idempotent: the key id is derived from the
   * hash, so restarts do not pile up keys).
   */
  public ApiKey ensureAdminKey(String secret) {
    if (secret == null || secret.length() < MIN_ADMIN_SECRET_LENGTH) {
      throw new IllegalArgumentException(
          "the admin key must have at least "
              + MIN_ADMIN_SECRET_LENGTH
              + " characters; length="
              + (secret == null ? "null" : secret.length()));
    }
    String hash = hash(secret);
    Optional<ApiKey> existing = keys.findBySecretHash(hash);
    if (existing.isPresent()) {
      return existing.get();
    }
    ApiKey key =
        new ApiKey(
            "key_admin_" + hash.substring(0, 8),
            hash,
            ApiKey.Role.ADMIN,
            null,
            "admin",
            clock.instant());
    keys.put(key);
    cache.remove(hash);
    return key;
  }

  /** Mints a key for one advertiser (admin only). */
  public CreatedKey createAdvertiserKey(Caller caller, String advertiserId, String label) {
    requireAdmin(caller);
    if (campaigns.advertiser(advertiserId).isEmpty()) {
      throw new NotFoundException("advertiser", advertiserId);
    }
    return mint(ApiKey.Role.ADVERTISER, advertiserId, label);
  }

  /** Mints a publisher key, which may only request decisions and send events (admin only). */
  public CreatedKey createPublisherKey(Caller caller, String label) {
    requireAdmin(caller);
    return mint(ApiKey.Role.PUBLISHER, null, label);
  }

  /** Keys of one advertiser, or all keys when {@code advertiserId} is null (admin only). */
  public List<ApiKey> list(Caller caller, String advertiserId) {
    requireAdmin(caller);
    return keys.list(advertiserId);
  }

  /** Revokes a key at once (admin only). */
  public void revoke(Caller caller, String keyId) {
    requireAdmin(caller);
    if (!keys.delete(keyId)) {
      throw new NotFoundException("key", keyId);
    }
    // The cache is keyed by hash and the id is all we have: drop everything, revocation is rare.
    cache.clear();
  }

  /** The caller a secret stands for, or empty if the secret is unknown or revoked. */
  public Optional<Caller> authenticate(String secret) {
    if (secret == null || secret.isEmpty() || secret.length() > 512) {
      return Optional.empty();
    }
    String hash = hash(secret);
    Instant now = clock.instant();
    Cached cached = cache.get(hash);
    if (cached != null && now.isBefore(cached.expiresAt())) {
      return cached.caller();
    }
    Optional<Caller> caller =
        keys.findBySecretHash(hash)
            .filter(k -> constantTimeEquals(k.secretHash(), hash))
            .map(k -> new Caller(k.role(), k.advertiserId()));
    if (cache.size() >= MAX_CACHED) {
      // A flood of random keys must not grow memory without bound.
      cache.clear();
    }
    cache.put(hash, new Cached(caller, now.plus(CACHE_TTL)));
    return caller;
  }

  /** Lower-case hex SHA-256 of the secret's UTF-8 bytes, as stored. */
  public static String hash(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private CreatedKey mint(ApiKey.Role role, String advertiserId, String label) {
    Errors errors = new Errors();
    errors.optionalText(label, "label", 200);
    errors.throwIfAny();
    String secret = newSecret(random);
    String hash = hash(secret);
    ApiKey key = new ApiKey(ids.next("key"), hash, role, advertiserId, label, clock.instant());
    keys.put(key);
    cache.remove(hash);
    return new CreatedKey(key, secret);
  }

  private static String newSecret(SecureRandom random) {
    byte[] bytes = new byte[SECRET_BYTES];
    random.nextBytes(bytes);
    return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.isAdmin()) {
      throw new ForbiddenException("only an admin key may manage API keys");
    }
  }
}
