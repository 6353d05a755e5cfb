package org.optimusmotion.optimizer.meta;

import java.util.SplittableRandom;

/** Draws meta-training tasks. Deterministic for a given generator state; thread-safe (no own state). */
@FunctionalInterface
public interface TaskSampler {

    /** A task drawn with {@code rng} (the only source of randomness). */
    TrainingTask sample(SplittableRandom rng);
}
