package org.optimusmotion.optimizer.meta;

/**
 * Progress of meta-training after one outer step.
 *
 * @param outerStep        completed outer steps (in total, across resumes)
 * @param metaLoss         this step's meta-loss
 * @param smoothedMetaLoss exponential moving average of the meta-loss (factor 0.98)
 * @param secondsPerStep   wall time of this step
 * @param elapsedSeconds   wall time of this process's training so far
 */
public record MetaStepEvent(long outerStep, double metaLoss, double smoothedMetaLoss, double secondsPerStep,
                            double elapsedSeconds) {
}
