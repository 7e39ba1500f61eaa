package io.aimpoint.engine.tracking;

/**
 * The body of {@code POST /v1/conversions}. {@code orderId} deduplicates per advertiser. The
 * conversion is attributed to {@code clickId} (the value the click redirect appended to the landing
 * URL as {@code aimpoint_click}) when given, else to the user's last click on this advertiser's ads
 * within the attribution window. {@code timestamp} is ISO-8601; absent means now. {@code
 * advertiserId} is taken from the caller's key; only an admin caller must name it.
 */
public record ConversionRequest(
    String advertiserId,
    String orderId,
    String userId,
    String clickId,
    Long valueMicros,
    String timestamp) {}
