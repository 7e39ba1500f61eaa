package io.aimpoint.ml.train;

import io.aimpoint.ml.model.CtrModel;
import io.aimpoint.ml.model.FactorizationMachine;
import io.aimpoint.ml.model.FtrlProximal;
import io.aimpoint.ml.model.OnlineLearner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A copy of a model's state in memory, through its own save format, so that early stopping can go
 * back to the best model seen. FTRL saves only touched coordinates, so the copy is small. Models
 * that do not learn (a deep model's weight snapshot) are immutable and kept as they are.
 */
final class ModelSnapshot {
  private final byte[] bytes;
  private final boolean fm;
  private final CtrModel immutable;

  private ModelSnapshot(byte[] bytes, boolean fm, CtrModel immutable) {
    this.bytes = bytes;
    this.fm = fm;
    this.immutable = immutable;
  }

  static ModelSnapshot of(CtrModel model) {
    if (!(model instanceof OnlineLearner)) {
      return new ModelSnapshot(null, false, model);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      switch (model) {
        case FtrlProximal ftrl -> ftrl.save(out);
        case FactorizationMachine fm -> fm.save(out);
        default -> throw new IllegalArgumentException("cannot snapshot model; model=" + model);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory save failed", e);
    }
    return new ModelSnapshot(out.toByteArray(), model instanceof FactorizationMachine, null);
  }

  CtrModel restore() throws IOException {
    if (immutable != null) {
      return immutable;
    }
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    return fm ? FactorizationMachine.load(in) : FtrlProximal.load(in);
  }
}
