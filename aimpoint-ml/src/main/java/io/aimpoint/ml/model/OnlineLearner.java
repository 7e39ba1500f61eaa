package io.aimpoint.ml.model;

import io.aimpoint.ml.data.Example;

/**
 * A model that learns from one example at a time. Learning is thread-confined: one thread trains.
 * Scoring from other threads while it trains is memory-safe but may see some coordinates updated
 * and others not yet; serve a trained copy (save and load it) for consistent scores.
 */
public interface OnlineLearner extends CtrModel {

  /**
   * Updates the model with one example and returns the probability it predicted for the example
   * before the update, so that the mean log-loss over a stream of calls is the progressive
   * validation loss (every prediction made on unseen data).
   */
  double learn(Example example);
}
