/**
 * Fitting controls and the loss chart: {@link org.optimusmotion.app.gui.optimize.FitViewModel} (one per
 * fit slot; compare mode has two) runs a {@link org.optimusmotion.app.fit.FitService} through the
 * injected task executor, with pause, resume and cancel, and publishes throttled progress;
 * {@link org.optimusmotion.app.gui.optimize.FitView} shows its controls and
 * {@link org.optimusmotion.app.gui.optimize.LossChartView} both loss curves against evaluations.
 */
package org.optimusmotion.app.gui.optimize;
