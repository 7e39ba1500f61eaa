/**
 * Deep CTR models: DeepFM and DCN-V2 over field-aware hashed features. They are trained with DJL on
 * PyTorch (CPU, offline; {@link io.aimpoint.ml.deep.DjlDeepLearner}) and served by a plain-Java
 * forward pass ({@link io.aimpoint.ml.deep.DeepCtrModel}) that does the request-side work once per
 * request, so serving needs no native library.
 */
package io.aimpoint.ml.deep;
