package io.aimpoint.core.campaign;

/** What the advertiser pays for. The billable event follows from it. */
public enum BidType {
  /** Price per thousand impressions; billed on each impression (price / 1000). */
  CPM,
  /** Price per click; billed on click. */
  CPC,
  /** Price per conversion (action); billed on an attributed conversion. */
  CPA
}
