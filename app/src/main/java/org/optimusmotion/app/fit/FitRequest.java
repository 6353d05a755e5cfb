package org.optimusmotion.app.fit;

import java.util.Objects;

/**
 * What to fit and how.
 *
 * @param motionCase the clip
 * @param optimizer the optimizer (must be {@link OptimizerChoice#available()})
 * @param maxEvaluations evaluation budget, in [1, MAX_EVALUATIONS]
 * @param lessFootSkate for the physics reconstruction: add the foot-skate term
 *                      ({@link ReconstructionFitService#LESS_FOOT_SKATE_WEIGHT}); other methods ignore it
 */
public record FitRequest(MotionCase motionCase, OptimizerChoice optimizer, long maxEvaluations, boolean lessFootSkate) {

    /** Largest budget the app offers. */
    public static final long MAX_EVALUATIONS = 100_000;
    /** Budget the app proposes. */
    public static final long DEFAULT_EVALUATIONS = 2000;

    /** A request with the reconstruction's default objective. */
    public FitRequest(MotionCase motionCase, OptimizerChoice optimizer, long maxEvaluations) {
        this(motionCase, optimizer, maxEvaluations, false);
    }

    public FitRequest {
        Objects.requireNonNull(motionCase, "motionCase");
        Objects.requireNonNull(optimizer, "optimizer");
        if (maxEvaluations < 1 || maxEvaluations > MAX_EVALUATIONS) {
            throw new IllegalArgumentException("FitRequest.maxEvaluations must be in [1, " + MAX_EVALUATIONS + "], got "
                    + maxEvaluations);
        }
    }
}
