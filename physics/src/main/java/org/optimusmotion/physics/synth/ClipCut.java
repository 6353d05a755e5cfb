package org.optimusmotion.physics.synth;

import java.util.Locale;

import org.optimusmotion.physics.metrics.MotionMetrics;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/** Cuts a mocap clip into the ground truth of a synthetic case. Stateless. */
public final class ClipCut {

    /** Height of the lowest foot keypoint above the floor after the cut, m (keypoints sit above the sole). */
    public static final double FOOT_CLEARANCE_M = 0.02;

    private ClipCut() {
    }

    /**
     * The clip resampled to {@code fps}, cut to [start, start + seconds), and shifted vertically so the lowest
     * foot keypoint is {@value #FOOT_CLEARANCE_M} m above the floor (z = 0).
     *
     * @throws IllegalArgumentException if the cut does not fit in the clip or a keypoint is missing in it
     */
    public static KeypointSequence3D groundTruth(KeypointSequence3D clip, double fps, double startSeconds,
            double seconds) {
        KeypointSequence3D t = clip.resample(fps);
        int from = (int) Math.round(startSeconds * fps);
        int frames = (int) Math.round(seconds * fps);
        if (from < 0 || frames < 2 || from + frames > t.frameCount()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "clip is %.2f s long; start %.3g s + %.3g s does not fit", clip.durationSeconds(), startSeconds,
                    seconds));
        }
        t = t.slice(from, from + frames);
        for (int i = 0; i < t.validRef().length; i++) {
            if (!t.validRef()[i]) {
                throw new IllegalArgumentException("keypoint " + Keypoint.values()[i % Keypoint.COUNT].name()
                        .toLowerCase(Locale.ROOT) + " missing in frame " + (i / Keypoint.COUNT) + " of the cut");
            }
        }
        double ground = MotionMetrics.lowestFootHeight(t) - FOOT_CLEARANCE_M;
        double[] p = t.positions();
        for (int i = 2; i < p.length; i += 3) {
            p[i] -= ground;
        }
        return new KeypointSequence3D(t.fps(), p, t.valid());
    }
}
