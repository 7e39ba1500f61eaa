/**
 * Training data for the CTR models: the compact sparse example ({@link
 * io.aimpoint.ml.data.Features}, {@link io.aimpoint.ml.data.Example}) and streaming readers for
 * public CTR data formats (libsvm/libFM, libffm, Criteo TSV, Avazu CSV, generic CSV with a schema
 * file). Readers read plain or gzipped files line by line, hash every value with a {@link
 * io.aimpoint.ml.feature.FeatureHasher}, and never throw on a bad line: they count it and keep the
 * first few, with line numbers and reasons, in a {@link io.aimpoint.ml.data.ReadReport}. Aimpoint's
 * own impression logs ({@link io.aimpoint.ml.data.LoggedImpression} lines, written by {@link
 * io.aimpoint.ml.data.LoggedImpressions}) carry raw feature snapshots instead, which {@link
 * io.aimpoint.ml.data.LogsReader} encodes with a {@link io.aimpoint.ml.feature.SnapshotEncoder}.
 */
package io.aimpoint.ml.data;
