/**
 * Trained CTR models on disk: the model directory format ({@code model.bin} plus {@code
 * manifest.json} with the feature spec, calibration, training data range and validation metrics),
 * the versioned {@link io.aimpoint.ml.registry.ModelRegistry} with its champion pointer, and the
 * champion/challenger {@link io.aimpoint.ml.registry.PromotionGate} that re-evaluates both models
 * on the same validation data before a challenger may replace the champion. The layout is
 * documented in docs/models.md.
 */
package io.aimpoint.ml.registry;
