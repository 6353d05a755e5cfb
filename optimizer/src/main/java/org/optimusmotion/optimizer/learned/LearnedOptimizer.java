package org.optimusmotion.optimizer.learned;

import java.util.Map;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.Problem;

/**
 * A learned optimizer family: a fixed architecture whose meta-parameters θ are a flat {@code double[]}
 * (learned_optimization's {@code LearnedOptimizer}). {@link #withWeights} builds an ordinary
 * {@link Optimizer} (the reference's {@code opt_fn(theta)}), so reconstruction code cannot tell a
 * learned optimizer from BFGS. Meta-training sees only θ and {@link #start}.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface LearnedOptimizer {

    LearnedOptimizerKind kind();

    /** Number of meta-parameters. */
    int thetaLength();

    /**
     * Index in θ of the global log step scale θ_s (every step is multiplied by exp(10·θ_s)), so that weights
     * can be re-scaled for a problem family whose natural step differs by orders of magnitude.
     */
    int logStepScaleIndex();

    /** Fresh meta-parameters, deterministic for a seed. */
    double[] initialTheta(long seed);

    /**
     * Starts a run: evaluates value and gradient at {@code x0} (one evaluation) and preallocates every
     * workspace.
     *
     * @param x0 starting point. Not modified (copied).
     * @throws IllegalArgumentException when the dimension is not supported (Optimus: above its dense limit)
     */
    LearnedRun start(Problem problem, double[] x0);

    /** The architecture as text key/value pairs, stored in weight files and checked on load. */
    Map<String, String> configHeader();

    /** Trial points of one learned step: the step and up to four halvings (the last 1/16 of it). */
    int MAX_STEP_TRIALS = 5;

    /** An ordinary optimizer with these meta-parameters (copied): the plain learned step. */
    default Optimizer withWeights(double[] theta) {
        return withWeights(theta, StepRule.PLAIN);
    }

    /**
     * An ordinary optimizer with these meta-parameters whose steps are halved while they raise the
     * objective, up to {@code descentHalvings} times ({@link LearnedRun#step(double[], int)}).
     */
    default Optimizer withWeights(double[] theta, int descentHalvings) {
        return withWeights(theta, StepRule.descent(descentHalvings));
    }

    /** An ordinary optimizer with these meta-parameters taking its steps by {@code rule}. */
    default Optimizer withWeights(double[] theta, StepRule rule) {
        return new FixedWeightsOptimizer(this, theta, rule);
    }
}
