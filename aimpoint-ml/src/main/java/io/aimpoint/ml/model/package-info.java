/**
 * Click-through-rate models behind one interface, {@link io.aimpoint.ml.model.CtrModel}: batch
 * scoring of a request's candidates with the user-side work done once. The plain-Java sparse models
 * here ({@link io.aimpoint.ml.model.FtrlProximal}, {@link
 * io.aimpoint.ml.model.FactorizationMachine}) learn online, one example at a time, over hashed
 * features with millions of weights, and save to a small versioned binary format.
 */
package io.aimpoint.ml.model;
