package io.aimpoint.engine.tracking;

/**
 * Outcome of a conversion: {@code attributed} if a click was found ({@code campaignId} is then
 * set), {@code duplicate} if the order id was seen before, and what was charged (CPA only).
 */
public record ConversionResult(
    String conversionId,
    boolean duplicate,
    boolean attributed,
    String campaignId,
    long chargedMicros) {}
