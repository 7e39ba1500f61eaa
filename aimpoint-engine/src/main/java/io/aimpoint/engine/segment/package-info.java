/**
 * Audience segments and lookalikes (docs/profiles.md, "Segments and lookalikes"): profile vectors,
 * K-Means++ and Gaussian-mixture clustering with a documented choice of K, segment naming, the
 * scheduled segment job that writes membership into the profiles, and lookalike search.
 */
package io.aimpoint.engine.segment;
