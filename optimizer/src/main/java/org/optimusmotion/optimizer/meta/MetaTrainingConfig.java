package org.optimusmotion.optimizer.meta;

/**
 * Settings of {@link MetaTrainer}.
 *
 * @param seed                      master seed (θ initialisation, tasks, perturbations)
 * @param maxOuterSteps             stop after this many outer steps in total, ≥ 1
 * @param maxSeconds                stop after this much wall time in this process, &gt; 0
 * @param learningRate              Adam learning rate, &gt; 0 (library 3e-4; we use 1e-3 for short CPU budgets)
 * @param gradientClip              clip-by-value bound of the meta-gradient, &gt; 0 (library 3.0)
 * @param checkpointIntervalSeconds checkpoint (and weights, curve) at least this often, &gt; 0
 * @param pes                       PES settings
 */
public record MetaTrainingConfig(long seed, long maxOuterSteps, double maxSeconds, double learningRate,
                                 double gradientClip, double checkpointIntervalSeconds, PesConfig pes) {

    public static final double DEFAULT_LEARNING_RATE = 1e-3;
    public static final double DEFAULT_GRADIENT_CLIP = 3.0;
    public static final double DEFAULT_CHECKPOINT_INTERVAL_SECONDS = 120;

    public MetaTrainingConfig {
        if (maxOuterSteps < 1) {
            throw new IllegalArgumentException("maxOuterSteps must be >= 1, was " + maxOuterSteps);
        }
        if (!(maxSeconds > 0)) {
            throw new IllegalArgumentException("maxSeconds must be > 0, was " + maxSeconds);
        }
        if (!(learningRate > 0) || !(gradientClip > 0)) {
            throw new IllegalArgumentException("learningRate and gradientClip must be > 0, were " + learningRate
                    + " and " + gradientClip);
        }
        if (!(checkpointIntervalSeconds > 0)) {
            throw new IllegalArgumentException("checkpointIntervalSeconds must be > 0, was " + checkpointIntervalSeconds);
        }
        if (pes == null) {
            throw new IllegalArgumentException("pes must not be null");
        }
    }
}
