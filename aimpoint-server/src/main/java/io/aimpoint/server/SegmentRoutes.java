package io.aimpoint.server;

import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.core.store.SegmentStore;
import io.aimpoint.engine.segment.LookalikeRequest;
import io.aimpoint.engine.segment.LookalikeService;
import io.aimpoint.engine.segment.SegmentJob;
import java.util.Map;

/**
 * {@code GET /v1/segments} (the catalogue, admin), {@code POST /v1/segments/recompute} (runs the
 * segment job now, admin) and {@code POST /v1/audiences/lookalike} (admin, or an advertiser for its
 * own campaign's converters).
 */
final class SegmentRoutes {
  private final SegmentStore catalogue;
  private final SegmentJob job;
  private final LookalikeService lookalikes;

  SegmentRoutes(ServerContext context) {
    this.catalogue = context.engine().stores().segments();
    this.job = context.engine().segments();
    this.lookalikes = context.engine().lookalikes();
  }

  void register(Router r) {
    r.get(
        "/v1/segments",
        ex -> {
          ex.caller(Role.ADMIN);
          ex.json(200, Map.of("segments", catalogue.list()));
        });
    r.post(
        "/v1/segments/recompute",
        ex -> {
          ex.caller(Role.ADMIN);
          ex.json(200, job.run());
        });
    r.post(
        "/v1/audiences/lookalike",
        ex -> {
          var caller = ex.caller(Role.ADMIN, Role.ADVERTISER);
          ex.json(200, lookalikes.find(caller, ex.body(LookalikeRequest.class)));
        });
  }
}
