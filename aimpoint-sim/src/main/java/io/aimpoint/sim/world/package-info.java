/**
 * The simulated world: the category taxonomy with its bilingual vocabularies, users (demographics,
 * languages, sparse drifting interests, daily rhythm, consent, bots), advertisers with campaigns
 * and creatives carrying a hidden quality, and the publisher's placements. Everything is generated
 * from a {@link io.aimpoint.sim.world.WorldConfig} seed with no I/O.
 */
package io.aimpoint.sim.world;
