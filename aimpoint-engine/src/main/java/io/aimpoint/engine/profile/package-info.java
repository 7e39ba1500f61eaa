/**
 * The real-time user profile: folding behaviour events (interests, keywords, semantic vector,
 * behaviour sequence, RFM counters) and ad exposure into it, pseudonym key migration, explanations
 * and erasure. See docs/profiles.md.
 */
package io.aimpoint.engine.profile;
