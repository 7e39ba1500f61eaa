package io.aimpoint.ml.eval;

/**
 * Group AUC: the mean of per-group (per-user) AUCs weighted by each group's impressions, over the
 * groups that have both a click and a non-click (Zhou et al., "Deep Interest Network", KDD 2018).
 * It measures how well a model ranks ads for the same user, which is what serving needs, without
 * the credit a global AUC gives for merely separating active from inactive users.
 *
 * @param value the weighted mean AUC, NaN when no group has both classes
 * @param groups groups that counted
 * @param skippedGroups groups skipped because all their labels were equal
 */
public record GroupAuc(double value, int groups, int skippedGroups) {}
