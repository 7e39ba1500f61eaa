package io.aimpoint.store.embedded.h2;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.ApiKeyStore;
import io.aimpoint.core.store.StoreException;
import io.aimpoint.store.embedded.codec.Json;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ApiKeyStore} over JDBC. Only the secret's hash is stored, under a unique constraint: a
 * hash may belong to one key only. {@code put} replaces a key with the same id in one transaction.
 */
public final class H2ApiKeyStore implements ApiKeyStore {
  private final Jdbc jdbc;

  public H2ApiKeyStore(H2Database database) {
    this.jdbc = database.jdbc();
  }

  @Override
  public void put(ApiKey key) {
    Objects.requireNonNull(key.id(), "key.id");
    Objects.requireNonNull(key.secretHash(), "key.secretHash");
    try {
      jdbc.inTransaction(
          c -> {
            Jdbc.update(c, "DELETE FROM api_keys WHERE id = ?", key.id());
            return Jdbc.update(
                c,
                "INSERT INTO api_keys (id, secret_hash, advertiser_id, body) VALUES (?, ?, ?, ?)",
                key.id(),
                key.secretHash(),
                key.advertiserId(),
                Json.write(key));
          });
    } catch (SQLException e) {
      if (Jdbc.isUniqueViolation(e)) {
        throw new IllegalArgumentException(
            "secret hash already belongs to another key; id=" + key.id(), e);
      }
      throw new StoreException("cannot store API key " + key.id(), e);
    }
  }

  @Override
  public Optional<ApiKey> findBySecretHash(String secretHash) {
    return jdbc.transact(
        "find API key",
        c ->
            Jdbc.queryOne(
                c,
                "SELECT body FROM api_keys WHERE secret_hash = ?",
                r -> Json.read(r.getString(1), ApiKey.class),
                secretHash));
  }

  @Override
  public List<ApiKey> list(String advertiserId) {
    return jdbc.transact(
        "list API keys",
        c ->
            advertiserId == null
                ? Jdbc.query(
                    c,
                    "SELECT body FROM api_keys ORDER BY id",
                    r -> Json.read(r.getString(1), ApiKey.class))
                : Jdbc.query(
                    c,
                    "SELECT body FROM api_keys WHERE advertiser_id = ? ORDER BY id",
                    r -> Json.read(r.getString(1), ApiKey.class),
                    advertiserId));
  }

  @Override
  public boolean delete(String id) {
    return jdbc.transact(
        "delete API key " + id, c -> Jdbc.update(c, "DELETE FROM api_keys WHERE id = ?", id) > 0);
  }
}
