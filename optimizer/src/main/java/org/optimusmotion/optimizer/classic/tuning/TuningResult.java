package org.optimusmotion.optimizer.classic.tuning;

import org.optimusmotion.optimizer.classic.OptimizerKind;

/**
 * Outcome of tuning one optimizer's learning rate on one function's tasks.
 *
 * @param kind     the optimizer tuned
 * @param bestRate the grid rate with the lowest score (ties go to the smaller rate)
 * @param rates    the grid, ascending (copied)
 * @param scores   mean over tasks of {@code log10(max(f_final − f*, 0) + 1e-8)} per rate, same order;
 *                 {@code +Infinity} where some run ended at a non-finite value (copied)
 */
public record TuningResult(OptimizerKind kind, double bestRate, double[] rates, double[] scores) {

    public TuningResult {
        if (rates.length != scores.length || rates.length == 0) {
            throw new IllegalArgumentException("rates (" + rates.length + ") and scores (" + scores.length
                    + ") must have the same non-zero length");
        }
        rates = rates.clone();
        scores = scores.clone();
    }

    @Override
    public double[] rates() {
        return rates.clone();
    }

    @Override
    public double[] scores() {
        return scores.clone();
    }
}
