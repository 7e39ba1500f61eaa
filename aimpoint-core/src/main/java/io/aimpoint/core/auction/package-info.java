/**
 * Pricing and auctions: eCPM per bid type, and a generalized second-price auction with a reserve
 * price and at most one ad per advertiser. All money is in long micros.
 */
package io.aimpoint.core.auction;
