package org.optimusmotion.physics.reconstruct;

import java.util.List;
import org.optimusmotion.physics.model.BodyShape;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * What a reconstruction produced: the simulated motion of every committed frame (all frames unless
 * cancelled; a cancelled run keeps the frames of its finished windows), the body it used and one loss
 * trace per finished window. Immutable apart from the arrays, which the caller must not modify.
 *
 * @param model          body model fitted to the subject
 * @param shape          the subject shape the model was built for
 * @param simulated      simulated keypoints of the committed frames (frame 0 = sequence frame 0)
 * @param jointAngles    joint coordinates of the committed frames, (frames x dof): metres for the root
 *                       translation, radians otherwise
 * @param windows        traces of the finished windows, in order
 * @param totalFrames    frames of the input sequence
 * @param cancelled      whether the run was cancelled before the last window finished
 * @param seconds        wall time of the whole run (body fit, inverse kinematics and windows)
 * @param windowChoice   the windows the run used (length, overlap, budget) and the root speed that chose them
 */
public record ReconstructionResult(Model model, BodyShape shape, KeypointSequence3D simulated, double[][] jointAngles,
        List<WindowTrace> windows, int totalFrames, boolean cancelled, double seconds,
        AdaptiveWindowRule.Choice windowChoice) {

    public ReconstructionResult {
        windows = List.copyOf(windows);
        if (jointAngles.length != simulated.frameCount()) {
            throw new IllegalArgumentException("jointAngles has " + jointAngles.length + " frames, simulated "
                    + simulated.frameCount());
        }
    }

    /** Committed frames. */
    public int committedFrames() {
        return simulated.frameCount();
    }

    /** Evaluations of all finished windows. */
    public long totalEvaluations() {
        long sum = 0;
        for (WindowTrace w : windows) {
            sum += w.evaluationsUsed();
        }
        return sum;
    }

    /** Sum of the finished windows' final losses. */
    public double finalLoss() {
        double sum = 0;
        for (WindowTrace w : windows) {
            sum += w.finalLoss();
        }
        return sum;
    }

    /**
     * Evaluations this run needed to reach, in every window, the final loss of the same window of
     * {@code reference}: the sum over windows of the first evaluation count at which the window's
     * loss was at most the reference window's final loss (plus a relative slack of 1e-9), or -1 when
     * some window never got there or the runs have different windows.
     */
    public long evaluationsToReach(ReconstructionResult reference) {
        if (reference.windows.size() != windows.size()) {
            return -1;
        }
        long sum = 0;
        for (int i = 0; i < windows.size(); i++) {
            double target = reference.windows.get(i).finalLoss();
            long e = windows.get(i).evaluationsToReach(target + 1e-9 * Math.abs(target));
            if (e < 0) {
                return -1;
            }
            sum += e;
        }
        return sum;
    }
}
