/**
 * The decision pipeline: {@link io.aimpoint.engine.decision.CandidateRetriever retrieve} eligible
 * (campaign, creative) pairs from the {@link io.aimpoint.engine.decision.CampaignCatalog}, filter
 * by budget and frequency caps, {@link io.aimpoint.engine.decision.Ranker rank} them (pCTR, pCVR,
 * eCPM), run the {@link io.aimpoint.core.auction.Auction auction}, log the decision and sign the
 * tracking tokens. {@link io.aimpoint.engine.decision.DecisionService} runs the stages; each stage
 * is a small interface so later rankers (deep models) and retrievers (vector search) plug in.
 */
package io.aimpoint.engine.decision;
