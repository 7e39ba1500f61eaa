package io.aimpoint.ml.train;

import io.aimpoint.ml.data.Example;
import io.aimpoint.ml.model.BatchLearner;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Feeds a {@link BatchLearner} through a shuffle buffer: examples are collected until the buffer
 * holds {@link #BUFFER_BATCHES} batches, shuffled with a seeded generator, and learnt batch by
 * batch. Logs are written in time order; without shuffling each step would see one stretch of time
 * (one hour's placements and campaigns), which makes mini-batch gradients biased and training
 * erratic. The generator is seeded once per run, so the same seed and file give the same batches.
 */
final class MiniBatches {
  /** Batches per shuffle buffer. */
  static final int BUFFER_BATCHES = 32;

  /** Receives each learnt batch with the learner's pre-step predictions. */
  interface AfterBatch {
    /** Returns false to stop draining (training stopped). */
    boolean learnt(List<Example> batch, double[] predictions);
  }

  private final BatchLearner learner;
  private final List<Example> buffer = new ArrayList<>();
  private final Random random;
  private final int capacity;

  MiniBatches(BatchLearner learner, long seed) {
    this.learner = learner;
    this.random = new Random(seed);
    this.capacity = learner.batchSize() * BUFFER_BATCHES;
  }

  BatchLearner learner() {
    return learner;
  }

  /** Buffers {@code e}; returns true when the buffer is full and should be drained. */
  boolean add(Example e) {
    buffer.add(e);
    return buffer.size() >= capacity;
  }

  /** Shuffles the buffered examples and learns them batch by batch; empties the buffer. */
  void drain(AfterBatch after) {
    Collections.shuffle(buffer, random);
    int size = learner.batchSize();
    try {
      for (int from = 0; from < buffer.size(); from += size) {
        List<Example> batch = buffer.subList(from, Math.min(buffer.size(), from + size));
        if (!after.learnt(batch, learner.learn(batch))) {
          return;
        }
      }
    } finally {
      buffer.clear();
    }
  }
}
