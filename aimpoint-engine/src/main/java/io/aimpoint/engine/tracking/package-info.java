/**
 * Tracking: signed impression and click tokens ({@link
 * io.aimpoint.engine.tracking.TrackingTokens}), and {@link
 * io.aimpoint.engine.tracking.TrackingService}, which counts and charges impressions, clicks and
 * conversions exactly once in the ledger and logs them as events.
 */
package io.aimpoint.engine.tracking;
