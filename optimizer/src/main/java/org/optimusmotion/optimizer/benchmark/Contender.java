package org.optimusmotion.optimizer.benchmark;

import java.util.function.Function;
import org.optimusmotion.optimizer.Optimizer;

/**
 * An optimizer entered in a benchmark. The optimizer may depend on the problem (tuned learning rates
 * per function family), so a contender holds a factory rather than one optimizer.
 *
 * @param label      short name in reports and CSV, e.g. {@code adam}
 * @param firstOrder whether it counts as a first-order baseline (GD, GD-M, Adam) for the
 *                   "10x fewer steps than the best first-order baseline" statistic
 * @param factory    the optimizer to use on a problem
 */
public record Contender(String label, boolean firstOrder, Function<BenchmarkProblem, Optimizer> factory) {

    public Contender {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("contender label must not be blank");
        }
    }
}
