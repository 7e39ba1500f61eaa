/**
 * Dynamic creatives: a creative with {@link io.aimpoint.core.campaign.CreativeVariants} is
 * assembled per ad from one combination of its titles, bodies and images, chosen by Thompson
 * sampling over Beta posteriors of click-through per (creative, combination, segment) ({@link
 * io.aimpoint.engine.creative.ThompsonSampler}, {@link
 * io.aimpoint.engine.creative.VariantStatistics}); unseen combinations start from a prior drawn
 * from similar creatives' text embeddings ({@link io.aimpoint.engine.creative.ColdStartPrior}).
 * {@link io.aimpoint.engine.creative.CreativeAssembler} ties these together for the decision path.
 */
package io.aimpoint.engine.creative;
