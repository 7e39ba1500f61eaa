/**
 * Feature engineering for the sparse CTR models: deterministic hashing of categorical values into
 * fixed-size per-field or global index spaces ({@link io.aimpoint.ml.feature.FeatureHasher}, built
 * on {@link io.aimpoint.ml.feature.MurmurHash3}), quantile-free numeric bucketing ({@link
 * io.aimpoint.ml.feature.LogBucketizer}) and crosses of two fields; and the declarative ad feature
 * spec ({@link io.aimpoint.ml.feature.AdFeatureSpec}, stored in model manifests) with its {@link
 * io.aimpoint.ml.feature.SnapshotEncoder}, which turns the raw feature snapshots logged with
 * decisions into per-field hashed features, the same way in serving and in training
 * (docs/features.md). Pure functions over values; no I/O, except reading a spec file.
 */
package io.aimpoint.ml.feature;
