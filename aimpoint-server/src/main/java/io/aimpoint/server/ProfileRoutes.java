package io.aimpoint.server;

import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.engine.profile.ProfileService;

/**
 * {@code GET /v1/users/{id}/profile} (the explained profile) and {@code DELETE /v1/users/{id}}
 * (erasure, 204, idempotent); admin only. {@code {id}} is the raw user id: it is pseudonymized in
 * the engine and never logged or stored.
 */
final class ProfileRoutes {
  private final ProfileService profiles;

  ProfileRoutes(ServerContext context) {
    this.profiles = context.engine().profiles();
  }

  void register(Router r) {
    r.get(
        "/v1/users/{id}/profile",
        ex -> ex.json(200, profiles.explain(ex.caller(Role.ADMIN), ex.pathParam("id", "user"))));
    r.delete(
        "/v1/users/{id}",
        ex -> {
          profiles.erase(ex.caller(Role.ADMIN), ex.pathParam("id", "user"));
          ex.noContent();
        });
  }
}
