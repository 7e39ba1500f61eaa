/**
 * Training loops for the plain-Java CTR models (FTRL-Proximal, factorization machine) over any
 * input format: epochs over a file, periodic validation with early stopping on validation AUC,
 * progress callbacks, calibration on held-out data, and the model directory as the result ({@link
 * io.aimpoint.ml.train.Trainer}).
 */
package io.aimpoint.ml.train;
