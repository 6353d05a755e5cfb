package org.optimusmotion.physics.loss;

import org.optimusmotion.physics.model.Keypoint;

/**
 * Sum of squared distances between simulated and target keypoints over all frames,
 * L = sum_f sum_k |K_fk - T_fk|^2 (m^2). Immutable targets (copied); thread-safe.
 */
public final class KeypointLoss {

    private final double[] targets;
    private final int frames;

    /** @param targets (frames x Keypoint.COUNT x 3) world positions, m (copied) */
    public KeypointLoss(double[] targets, int frames) {
        if (targets.length != frames * 3 * Keypoint.COUNT) {
            throw new IllegalArgumentException("targets have " + targets.length + " values, expected frames * "
                    + (3 * Keypoint.COUNT) + " = " + frames * 3 * Keypoint.COUNT);
        }
        this.targets = targets.clone();
        this.frames = frames;
    }

    public int frames() {
        return frames;
    }

    /**
     * Returns L for {@code keypoints} ((frames x Keypoint.COUNT x 3)) and, when {@code gradOut} is not
     * null, writes dL/dK = 2 (K - T) into it (same shape).
     */
    public double evaluate(double[] keypoints, double[] gradOut) {
        double sum = 0;
        int len = targets.length;
        for (int i = 0; i < len; i++) {
            double r = keypoints[i] - targets[i];
            sum += r * r;
            if (gradOut != null) {
                gradOut[i] = 2 * r;
            }
        }
        return sum;
    }
}
