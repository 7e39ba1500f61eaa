/**
 * Click and conversion probability estimates from delivery history: hierarchical Beta-Binomial
 * smoothing (global, campaign, creative) that gives sensible rates to new creatives and converges
 * to the observed rates as evidence grows, and the exposure fatigue multiplier (CTR by how often
 * the user saw the campaign before).
 */
package io.aimpoint.core.ranking;
