package io.aimpoint.ml.train;

import io.aimpoint.ml.data.ReadReport;
import io.aimpoint.ml.model.CtrModel;
import io.aimpoint.ml.registry.Manifest;
import io.aimpoint.ml.registry.ModelDirectory;
import io.aimpoint.ml.registry.TrainedModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a training run.
 *
 * @param model the trained raw model (the best one seen by validation)
 * @param manifest its manifest (not yet registered: no name or version)
 * @param history every validation, in order
 * @param trainReport what the reader saw in the last epoch, bad lines included
 */
public record TrainingResult(
    CtrModel model,
    Manifest manifest,
    List<TrainingListener.Validation> history,
    ReadReport trainReport) {

  public TrainingResult {
    history = List.copyOf(history);
  }

  /** The calibrated model, as it will be loaded from its directory. */
  public TrainedModel trained() {
    return new TrainedModel(manifest, model);
  }

  /** Writes the model directory ({@code model.bin}, {@code manifest.json}) to {@code dir}. */
  public void write(Path dir) throws IOException {
    ModelDirectory.write(dir, manifest, model);
  }
}
