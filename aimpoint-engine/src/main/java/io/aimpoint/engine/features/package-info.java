/**
 * Model features from engine types: {@link io.aimpoint.engine.features.FeatureExtractor} reads a
 * decision's context and candidates into raw {@link io.aimpoint.core.event.FeatureSnapshot}s (the
 * sources are listed in {@link io.aimpoint.engine.features.FeatureSources}), {@link
 * io.aimpoint.engine.features.DecisionFeaturizer} encodes them with a model's {@link
 * io.aimpoint.ml.feature.SnapshotEncoder}, and {@link
 * io.aimpoint.engine.features.TrainingLogExport} joins the logged snapshots with the impressions,
 * clicks and conversions of the event log into training lines. Pure functions over values, except
 * the export, which reads the event log port. See docs/features.md.
 */
package io.aimpoint.engine.features;
