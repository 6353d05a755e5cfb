package org.optimusmotion.optimizer.meta;

import java.util.Locale;
import java.util.function.Consumer;

import org.optimusmotion.optimizer.learned.LearnedOptimizer;

/**
 * Re-scales the global step of weights meta-trained on another problem family before PES continues on a
 * new one. Why: PES cannot learn from a start where (nearly) every inner step fails — the classic-function
 * weights take steps about 1000 times too large for reconstruction windows, every rollout diverges, every
 * perturbation scores the penalty and the meta-gradient is zero. A one-dimensional search over decades of
 * the step scale θ_s on a few tasks, refined by quarter decades around the best one, fixes the scale; PES
 * then refines everything, θ_s included.
 *
 * <p>Stateless.
 */
public final class StepScaleCalibration {

    /** Coarse candidates: step multipliers 10^0 down to 10^-6, one decade apart. */
    public static final int DECADES = 7;
    /** Fine candidates around the best coarse one, in decades. */
    private static final double[] REFINEMENT = {-0.5, -0.25, 0.25, 0.5};

    private StepScaleCalibration() {
    }

    /**
     * θ with its log step scale shifted by the multiplier that scores best on {@code tasks}: the best of the
     * decades 10^0 … 10^-6, then of quarter decades within half a decade of it; ties keep the larger step.
     *
     * @param log receives one line per candidate
     * @return a new θ (the input is not modified)
     */
    public static double[] calibrate(LearnedOptimizer optimizer, double[] theta, TaskValidation tasks,
            Consumer<String> log) {
        return calibrate(optimizer, theta, tasks, 0, DECADES - 1, log);
    }

    /**
     * As {@link #calibrate(LearnedOptimizer, double[], TaskValidation, Consumer)} with the coarse search
     * restricted to multipliers 10^-fromDecade … 10^-toDecade (each candidate costs a full validation).
     */
    public static double[] calibrate(LearnedOptimizer optimizer, double[] theta, TaskValidation tasks,
            int fromDecade, int toDecade, Consumer<String> log) {
        if (fromDecade < 0 || toDecade < fromDecade) {
            throw new IllegalArgumentException("need 0 <= fromDecade <= toDecade, were " + fromDecade + " and " + toDecade);
        }
        int idx = optimizer.logStepScaleIndex();
        double bestScore = Double.POSITIVE_INFINITY;
        double bestDecades = 0;
        for (int decade = fromDecade; decade <= toDecade; decade++) {
            double score = score(optimizer, theta, idx, -decade, tasks, log);
            if (score < bestScore) {
                bestScore = score;
                bestDecades = -decade;
            }
        }
        double coarse = bestDecades;
        for (double offset : REFINEMENT) {
            double decades = coarse + offset;
            if (decades > 0) {
                continue;
            }
            double score = score(optimizer, theta, idx, decades, tasks, log);
            if (score < bestScore) {
                bestScore = score;
                bestDecades = decades;
            }
        }
        double bestShift = shift(bestDecades);
        double[] out = theta.clone();
        out[idx] += bestShift;
        return out;
    }

    /** exp(10·Δ) = 10^decades. */
    private static double shift(double decades) {
        return decades * Math.log(10) / 10;
    }

    private static double score(LearnedOptimizer optimizer, double[] theta, int idx, double decades,
            TaskValidation tasks, Consumer<String> log) {
        double[] candidate = theta.clone();
        candidate[idx] += shift(decades);
        double score = tasks.score(optimizer, candidate);
        log.accept(String.format(Locale.ROOT, "step scale x10^%.2f: validation score %.4f", decades, score));
        return score;
    }
}
