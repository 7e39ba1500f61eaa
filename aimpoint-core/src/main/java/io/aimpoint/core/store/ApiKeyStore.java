package io.aimpoint.core.store;

import java.util.List;
import java.util.Optional;

/** API keys by the hash of their secret. Deleting an advertiser's keys revokes them at once. */
public interface ApiKeyStore {
  void put(ApiKey key);

  Optional<ApiKey> findBySecretHash(String secretHash);

  /** Keys of one advertiser, or every key when {@code advertiserId} is null. */
  List<ApiKey> list(String advertiserId);

  boolean delete(String id);
}
