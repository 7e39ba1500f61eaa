/**
 * Pricing and auctions: eCPM per bid type, a generalized second-price auction with a reserve price,
 * at most one ad per advertiser and optional category exclusivity, epsilon-greedy exploration, and
 * the empirical revenue-maximizing reserve learned from past auctions. All money is in long micros.
 */
package io.aimpoint.core.auction;
