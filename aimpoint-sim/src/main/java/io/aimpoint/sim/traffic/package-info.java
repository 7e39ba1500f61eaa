/**
 * Behaviour of simulated users over simulated time: sessions placed by each user's activity and
 * daily rhythm, page views with generated bilingual text, searches, organic purchases, likes and
 * shares, and the ad opportunities they create. Output is plain simulator records; no engine or
 * HTTP types.
 */
package io.aimpoint.sim.traffic;
