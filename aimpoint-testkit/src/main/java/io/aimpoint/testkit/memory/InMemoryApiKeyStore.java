package io.aimpoint.testkit.memory;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.ApiKeyStore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ApiKeyStore} in two maps (by id and by secret hash) under one lock. {@code put} replaces a
 * key with the same id; a secret hash may belong to one key only.
 */
public final class InMemoryApiKeyStore implements ApiKeyStore {
  private final Map<String, ApiKey> byId = new HashMap<>();
  private final Map<String, ApiKey> byHash = new HashMap<>();

  @Override
  public synchronized void put(ApiKey key) {
    Objects.requireNonNull(key.id(), "key.id");
    Objects.requireNonNull(key.secretHash(), "key.secretHash");
    ApiKey holder = byHash.get(key.secretHash());
    if (holder != null && !holder.id().equals(key.id())) {
      throw new IllegalArgumentException(
          "secret hash already belongs to another key; id=" + holder.id());
    }
    ApiKey previous = byId.put(key.id(), key);
    if (previous != null) {
      byHash.remove(previous.secretHash());
    }
    byHash.put(key.secretHash(), key);
  }

  @Override
  public synchronized Optional<ApiKey> findBySecretHash(String secretHash) {
    return Optional.ofNullable(byHash.get(secretHash));
  }

  @Override
  public synchronized List<ApiKey> list(String advertiserId) {
    return byId.values().stream()
        .filter(k -> advertiserId == null || advertiserId.equals(k.advertiserId()))
        .sorted(Comparator.comparing(ApiKey::id))
        .toList();
  }

  @Override
  public synchronized boolean delete(String id) {
    ApiKey removed = byId.remove(id);
    if (removed == null) {
      return false;
    }
    byHash.remove(removed.secretHash());
    return true;
  }
}
