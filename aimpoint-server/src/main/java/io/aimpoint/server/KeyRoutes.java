package io.aimpoint.server;

import io.aimpoint.core.store.ApiKey;
import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.engine.admin.ApiKeyService;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Minting, listing and revoking API keys (admin only). The secret is in the response of the minting
 * call and nowhere else, ever.
 */
final class KeyRoutes {
  private final ApiKeyService keys;

  KeyRoutes(ServerContext context) {
    this.keys = context.engine().apiKeys();
  }

  /** The optional body of a minting call. */
  record KeyInput(String label) {}

  /** A key as listed: never the secret nor its hash. */
  record KeyView(String id, String role, String advertiserId, String label, Instant createdAt) {
    static KeyView of(ApiKey k) {
      return new KeyView(
          k.id(),
          k.role().name().toLowerCase(Locale.ROOT),
          k.advertiserId(),
          k.label(),
          k.createdAt());
    }
  }

  /** A newly minted key with its secret, shown once. */
  record CreatedKeyView(
      String id, String secret, String role, String advertiserId, String label, Instant createdAt) {
    static CreatedKeyView of(ApiKeyService.CreatedKey created) {
      KeyView v = KeyView.of(created.key());
      return new CreatedKeyView(
          v.id(), created.secret(), v.role(), v.advertiserId(), v.label(), v.createdAt());
    }
  }

  void register(Router r) {
    r.post(
        "/v1/advertisers/{id}/keys",
        ex -> {
          var caller = ex.caller(Role.ADMIN);
          String advertiserId = ex.pathParam("id", "advertiser");
          String label = label(ex);
          ex.json(201, CreatedKeyView.of(keys.createAdvertiserKey(caller, advertiserId, label)));
        });
    r.post(
        "/v1/publisher-keys",
        ex -> {
          var caller = ex.caller(Role.ADMIN);
          ex.json(201, CreatedKeyView.of(keys.createPublisherKey(caller, label(ex))));
        });
    r.get(
        "/v1/keys",
        ex -> {
          var caller = ex.caller(Role.ADMIN);
          List<KeyView> list =
              keys.list(caller, ex.query("advertiserId").orElse(null)).stream()
                  .map(KeyView::of)
                  .toList();
          ex.json(200, new AdminRoutes.Items<>(list));
        });
    r.delete(
        "/v1/keys/{id}",
        ex -> {
          keys.revoke(ex.caller(Role.ADMIN), ex.pathParam("id", "key"));
          ex.noContent();
        });
  }

  private static String label(Exchange ex) throws IOException {
    KeyInput in = ex.optionalBody(KeyInput.class);
    return in == null ? null : in.label();
  }
}
