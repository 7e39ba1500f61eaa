package io.aimpoint.ml.registry;

import io.aimpoint.ml.data.Features;
import io.aimpoint.ml.eval.Calibrator;
import io.aimpoint.ml.model.CtrModel;
import java.util.List;

/**
 * A loaded model directory: the raw model, its calibration and its manifest. As a {@link CtrModel}
 * it returns calibrated probabilities, which is what serving and evaluation use.
 */
public final class TrainedModel implements CtrModel {
  private final Manifest manifest;
  private final CtrModel raw;
  private final Calibrator calibrator;

  /** Wraps {@code raw} with the calibration named in {@code manifest}. */
  public TrainedModel(Manifest manifest, CtrModel raw) {
    this.manifest = manifest;
    this.raw = raw;
    this.calibrator = manifest.calibration().calibrator();
  }

  public Manifest manifest() {
    return manifest;
  }

  /** The model without calibration. */
  public CtrModel raw() {
    return raw;
  }

  @Override
  public double predict(Features features) {
    return calibrator.calibrate(raw.predict(features));
  }

  @Override
  public void score(Features shared, List<Features> candidates, double[] out) {
    raw.score(shared, candidates, out);
    for (int i = 0; i < candidates.size(); i++) {
      out[i] = calibrator.calibrate(out[i]);
    }
  }

  @Override
  public String toString() {
    return "TrainedModel[" + manifest.kind().id() + " v" + manifest.version() + ", " + raw + "]";
  }
}
