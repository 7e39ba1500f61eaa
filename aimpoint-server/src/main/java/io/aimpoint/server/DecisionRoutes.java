package io.aimpoint.server;

import io.aimpoint.core.store.ApiKey.Role;
import io.aimpoint.engine.decision.AdRequest;
import io.aimpoint.engine.decision.DecisionResult;
import io.aimpoint.engine.decision.DecisionService;
import io.aimpoint.engine.decision.ServedAdView;
import io.aimpoint.engine.tracking.ConversionRequest;
import io.aimpoint.engine.tracking.TrackResult;
import io.aimpoint.engine.tracking.TrackingService;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * Serving and its feedback: {@code POST /v1/decisions}, the tracking links {@code /t/i/{token}}
 * (204) and {@code /t/c/{token}} (302 to the landing page), which need no key because browsers
 * follow them, and {@code POST /v1/conversions}.
 */
final class DecisionRoutes {
  private final DecisionService decisions;
  private final TrackingService tracking;
  private final HttpMetrics metrics;
  private final Supplier<String> baseUrl;

  DecisionRoutes(ServerContext context) {
    this.decisions = context.engine().decisions();
    this.tracking = context.engine().tracking();
    this.metrics = context.metrics();
    this.baseUrl = context.publicBaseUrl();
  }

  /**
   * One ad of a decision on the wire, with ready-to-use tracking URLs; {@code variantId} names the
   * combination of a dynamic creative the title, body and image show (absent otherwise).
   */
  record AdView(
      int slot,
      String advertiserId,
      String campaignId,
      String creativeId,
      String title,
      String body,
      String imageUrl,
      String landingUrl,
      String bidType,
      long priceMicros,
      long ecpmMicros,
      String impressionUrl,
      String clickUrl,
      String variantId) {}

  record DecisionView(String decisionId, List<AdView> ads) {}

  void register(Router r) {
    r.post(
        "/v1/decisions",
        ex -> {
          ex.caller(Role.PUBLISHER, Role.ADMIN);
          DecisionResult result = decisions.decide(ex.body(AdRequest.class));
          metrics.recordDecision(result.ads().size());
          ex.json(200, view(result));
        });
    r.get(
        "/t/i/{token}",
        ex -> {
          tracking.impression(ex.token("token"));
          ex.noContent();
        });
    r.get(
        "/t/c/{token}",
        ex -> {
          TrackResult result = tracking.click(ex.token("token"));
          ex.redirect(result.landingUrl());
        });
    r.post(
        "/v1/conversions",
        ex -> {
          var caller = ex.caller(Role.ADVERTISER, Role.ADMIN);
          ex.json(200, tracking.conversion(caller, ex.body(ConversionRequest.class)));
        });
  }

  private DecisionView view(DecisionResult result) {
    String base = baseUrl.get();
    List<AdView> ads =
        result.ads().stream()
            .map(
                (ServedAdView a) ->
                    new AdView(
                        a.slot(),
                        a.advertiserId(),
                        a.campaignId(),
                        a.creativeId(),
                        a.title(),
                        a.body(),
                        a.imageUrl(),
                        a.landingUrl(),
                        a.bidType(),
                        a.priceMicros(),
                        a.ecpmMicros(),
                        base + "/t/i/" + encode(a.impressionToken()),
                        base + "/t/c/" + encode(a.clickToken()),
                        a.variantId()))
            .toList();
    return new DecisionView(result.decisionId(), ads);
  }

  private static String encode(String token) {
    return URLEncoder.encode(token, StandardCharsets.UTF_8);
  }
}
