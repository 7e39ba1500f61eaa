package io.aimpoint.engine.decision;

/**
 * One ad in a decision response. The tokens are signed; the HTTP layer turns them into {@code
 * /t/i/{token}} and {@code /t/c/{token}} URLs. {@code priceMicros} is the second price per billable
 * unit of {@code bidType} (per thousand impressions for CPM).
 */
public record ServedAdView(
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
    String impressionToken,
    String clickToken) {}
