package io.aimpoint.core.auction;

/**
 * A candidate that won {@code slot} (0 is the best). {@code priceEcpmMicros} is the eCPM it must
 * match to keep its slot; {@code priceMicros} is that in the candidate's bid unit (per thousand
 * impressions for CPM, per click for CPC, per conversion for CPA), never above the bid and never
 * below the floor's equivalent in that unit.
 */
public record AuctionWinner(
    int slot, AuctionCandidate candidate, long priceEcpmMicros, long priceMicros) {}
