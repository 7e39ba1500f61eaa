/**
 * Feature engineering for the sparse CTR models: deterministic hashing of categorical values into
 * fixed-size per-field or global index spaces ({@link io.aimpoint.ml.feature.FeatureHasher}, built
 * on {@link io.aimpoint.ml.feature.MurmurHash3}), quantile-free numeric bucketing ({@link
 * io.aimpoint.ml.feature.LogBucketizer}) and crosses of two fields. Pure functions over values; no
 * I/O.
 */
package io.aimpoint.ml.feature;
