/**
 * Evaluation charts as PNG images drawn with Java2D, headless: the ROC curve ({@link
 * io.aimpoint.ml.plot.RocPlot}) and the reliability diagram ({@link
 * io.aimpoint.ml.plot.ReliabilityPlot}). No charting library: two line charts on the unit square do
 * not justify one.
 */
package io.aimpoint.ml.plot;
