/**
 * Tracking: {@link io.aimpoint.engine.tracking.TrackingService} counts and charges impressions,
 * clicks and conversions exactly once in the ledger and logs them as events.
 */
package io.aimpoint.engine.tracking;
