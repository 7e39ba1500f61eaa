/**
 * User profiles keyed by pseudonymous user key: demographics, decayed interests and keywords, a
 * semantic interest vector, the recent behaviour sequence, RFM counters and ad exposure.
 */
package io.aimpoint.core.user;
