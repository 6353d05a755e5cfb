package org.optimusmotion.optimizer.meta;

/**
 * What one truncation produced for one particle: per-step meta-losses of both copies, the live mask,
 * and the first step at which the episode ended. Preallocated for the truncation length; reused.
 */
final class UnrollTrace {
    final double[] lossPos;
    final double[] lossNeg;
    final double[] mask;
    /** First step t at which is_done fired in this truncation, or −1. */
    int doneAt;

    UnrollTrace(int truncationLength) {
        lossPos = new double[truncationLength];
        lossNeg = new double[truncationLength];
        mask = new double[truncationLength];
    }
}
