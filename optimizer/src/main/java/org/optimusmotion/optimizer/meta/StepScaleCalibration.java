package org.optimusmotion.optimizer.meta;

import java.util.Locale;
import java.util.function.Consumer;

import org.optimusmotion.optimizer.learned.LearnedOptimizer;

/**
 * Re-scales the global step of weights meta-trained on another problem family before PES continues on a
 * new one. Why: PES cannot learn from a start where (nearly) every inner step fails — the classic-function
 * weights take steps about 1000 times too large for reconstruction windows, every rollout diverges, every
 * perturbation scores the penalty and the meta-gradient is zero. A one-dimensional search over decades of
 * the step scale θ_s on a few tasks fixes the scale; PES then refines everything, θ_s included.
 *
 * <p>Stateless.
 */
public final class StepScaleCalibration {

    /** Candidate step multipliers: 10^0 down to 10^-6, one decade apart. */
    public static final int DECADES = 7;

    private StepScaleCalibration() {
    }

    /**
     * θ with its log step scale shifted by the decade (0 to −6) that scores best on {@code tasks}; ties
     * keep the larger step.
     *
     * @param log receives one line per candidate
     * @return a new θ (the input is not modified)
     */
    public static double[] calibrate(LearnedOptimizer optimizer, double[] theta, TaskValidation tasks,
            Consumer<String> log) {
        int idx = optimizer.logStepScaleIndex();
        double bestScore = Double.POSITIVE_INFINITY;
        double bestShift = 0;
        double[] candidate = theta.clone();
        for (int decade = 0; decade < DECADES; decade++) {
            // exp(10·Δ) = 10^-decade
            double shift = -decade * Math.log(10) / 10;
            candidate[idx] = theta[idx] + shift;
            double score = tasks.score(optimizer, candidate);
            log.accept(String.format(Locale.ROOT, "step scale x1e-%d: validation score %.4f", decade, score));
            if (score < bestScore) {
                bestScore = score;
                bestShift = shift;
            }
        }
        double[] out = theta.clone();
        out[idx] += bestShift;
        return out;
    }
}
