package org.optimusmotion.app.gui.optimize;

/**
 * One point of a loss curve.
 *
 * @param evaluations objective evaluations so far
 * @param loss best loss so far (the curve is monotone)
 */
public record LossPoint(long evaluations, double loss) {
}
