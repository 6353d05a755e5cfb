package org.optimusmotion.optimizer.meta;

import org.optimusmotion.optimizer.learned.StepRule;

/**
 * Settings of {@link PesEstimator} (PAPERS.md B; library defaults in brackets).
 *
 * @param particles               antithetic pairs P, 1–4096 [num_tasks]
 * @param truncationLength        inner steps K per truncation, 1–10000 [10]
 * @param std                     perturbation σ, &gt; 0 [0.01]
 * @param episodes                inner episode lengths
 * @param randomInitialOffset     initial episode counters drawn in [0, offset), ≥ 0
 * @param libraryFinAttribution   true: replicate the reference's attribution of the episode's last loss
 *                                to the new episode (see {@link PesEstimator}); false: principled attribution
 * @param threads                 worker threads, 1–256; results do not depend on it
 * @param descentHalvings         descent safeguard of the inner learned steps
 *                                ({@link org.optimusmotion.optimizer.learned.LearnedRun#step(double[], int)}):
 *                                0 is the plain step of the reference; train with the safeguard the
 *                                optimizer will run with
 * @param restartPeriod           inner runs restart every this many steps ({@link StepRule}); 0: never, as the reference
 */
public record PesConfig(int particles, int truncationLength, double std, TruncationSchedule episodes,
                        int randomInitialOffset, boolean libraryFinAttribution, int threads, int descentHalvings,
                        int restartPeriod) {

    /** Plain inner steps (no descent safeguard, no restarts). */
    public PesConfig(int particles, int truncationLength, double std, TruncationSchedule episodes,
                     int randomInitialOffset, boolean libraryFinAttribution, int threads) {
        this(particles, truncationLength, std, episodes, randomInitialOffset, libraryFinAttribution, threads, 0);
    }

    /** Inner steps with a descent safeguard, no restarts. */
    public PesConfig(int particles, int truncationLength, double std, TruncationSchedule episodes,
                     int randomInitialOffset, boolean libraryFinAttribution, int threads, int descentHalvings) {
        this(particles, truncationLength, std, episodes, randomInitialOffset, libraryFinAttribution, threads,
                descentHalvings, 0);
    }

    public PesConfig {
        if (particles < 1 || particles > 4096) {
            throw new IllegalArgumentException("particles must be in [1, 4096], was " + particles);
        }
        if (truncationLength < 1 || truncationLength > 10000) {
            throw new IllegalArgumentException("truncationLength must be in [1, 10000], was " + truncationLength);
        }
        if (!(std > 0)) {
            throw new IllegalArgumentException("std must be > 0, was " + std);
        }
        if (episodes == null) {
            throw new IllegalArgumentException("episodes must not be null");
        }
        if (randomInitialOffset < 0) {
            throw new IllegalArgumentException("randomInitialOffset must be >= 0, was " + randomInitialOffset);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in [1, 256], was " + threads);
        }
        new StepRule(descentHalvings, restartPeriod); // checks both
    }

    /** How the inner learned steps are taken. */
    public StepRule innerSteps() {
        return new StepRule(descentHalvings, restartPeriod);
    }
}
