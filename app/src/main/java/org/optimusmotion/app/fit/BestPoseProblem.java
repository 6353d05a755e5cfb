package org.optimusmotion.app.fit;

import java.util.Optional;
import org.optimusmotion.optimizer.CountingProblem;

/**
 * A fitting problem that remembers the body of its best evaluation so far: optimizers' line searches
 * also evaluate worse trial points, which the user should not see. Subclasses compute the loss and,
 * when {@link #isImprovement} says so, copy the pose into the preallocated {@link #bestQRef()} and
 * {@link #bestKeypointsRef()} and call {@link #markImproved}. Not thread-safe.
 */
abstract class BestPoseProblem extends CountingProblem {

    private final int frames;
    private final int dof;
    private final double fps;
    private final double[] bestQ;
    private final double[] bestKeypoints;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private boolean improved;

    BestPoseProblem(int frames, int dof, double fps, int keypointValuesPerFrame) {
        this.frames = frames;
        this.dof = dof;
        this.fps = fps;
        this.bestQ = new double[frames * dof];
        this.bestKeypoints = new double[frames * keypointValuesPerFrame];
    }

    final boolean isImprovement(double value) {
        return value < bestLoss;
    }

    final void markImproved(double value) {
        bestLoss = value;
        improved = true;
    }

    /** Best joint coordinates, (frames x dof); written by subclasses only. */
    final double[] bestQRef() {
        return bestQ;
    }

    /** Best keypoints, (frames x Keypoint.COUNT x 3); written by subclasses only. */
    final double[] bestKeypointsRef() {
        return bestKeypoints;
    }

    final int frames() {
        return frames;
    }

    final double bestLoss() {
        return bestLoss;
    }

    final FitPose bestPose() {
        return new FitPose(frames, dof, fps, bestQ, bestKeypoints);
    }

    /** The best pose if it improved since the last call. */
    final Optional<FitPose> takeImprovedPose() {
        if (!improved) {
            return Optional.empty();
        }
        improved = false;
        return Optional.of(bestPose());
    }
}
