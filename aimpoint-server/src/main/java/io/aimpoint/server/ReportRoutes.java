package io.aimpoint.server;

import io.aimpoint.core.ledger.Granularity;
import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.engine.report.ReportService;

/** {@code GET /v1/reports/campaigns/{id}?from&to&granularity=hour|day}. */
final class ReportRoutes {
  private final ReportService reports;

  ReportRoutes(ServerContext context) {
    this.reports = context.engine().reports();
  }

  void register(Router r) {
    r.get(
        "/v1/reports/campaigns/{id}",
        ex -> {
          var caller = ex.caller(Role.ADMIN, Role.ADVERTISER);
          String id = ex.pathParam("id", "campaign");
          ex.json(
              200,
              reports.campaignReport(
                  caller,
                  id,
                  ex.instantQuery("from"),
                  ex.instantQuery("to"),
                  ex.enumQuery("granularity", Granularity.class)));
        });
  }
}
