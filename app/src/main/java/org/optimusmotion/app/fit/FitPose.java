package org.optimusmotion.app.fit;

import java.util.Optional;
import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * The fitted body over a clip: keypoints per frame and, when known, the joint coordinates of the body
 * model that produced them (a reconstruction in progress reports keypoints only). Immutable (arrays
 * copied in and out, except the documented {@code ...Ref()} views).
 */
public final class FitPose {

    private final int frames;
    private final int dof;
    private final double fps;
    private final double[] q;
    private final double[] keypoints;
    private final Model model;

    /**
     * A pose of the default humanoid.
     *
     * @param q joint coordinates, {@code (frames x dof)} row-major (copied)
     * @param keypoints world keypoints, {@code (frames x Keypoint.COUNT x 3)} metres (copied)
     */
    public FitPose(int frames, int dof, double fps, double[] q, double[] keypoints) {
        this(frames, dof, fps, q, keypoints, null);
    }

    /**
     * @param q joint coordinates {@code (frames x dof)} (copied), or null when only keypoints are known
     * @param model the body model of {@code q}, or null for the default humanoid
     */
    public FitPose(int frames, int dof, double fps, double[] q, double[] keypoints, Model model) {
        if (frames < 1 || (q != null && (dof < 1 || q.length != frames * dof))
                || keypoints.length != frames * 3 * Keypoint.COUNT) {
            throw new IllegalArgumentException("FitPose: " + frames + " frames x " + dof + " dof does not match q["
                    + (q == null ? "null" : q.length) + "] and keypoints[" + keypoints.length + "]");
        }
        if (model != null && q != null && model.dof() != dof) {
            throw new IllegalArgumentException("FitPose: the model has " + model.dof() + " dof, q has " + dof);
        }
        this.frames = frames;
        this.dof = dof;
        this.fps = fps;
        this.q = q == null ? null : q.clone();
        this.keypoints = keypoints.clone();
        this.model = model;
    }

    /** A keypoints-only pose (no joint coordinates): drawn as a skeleton. */
    public static FitPose ofKeypoints(int frames, double fps, double[] keypoints) {
        return new FitPose(frames, 0, fps, null, keypoints, null);
    }

    /** Whether joint coordinates are known ({@link #qRef()} is not null). */
    public boolean hasJointAngles() {
        return q != null;
    }

    /** The body model of the joint coordinates, empty for the default humanoid. */
    public Optional<Model> model() {
        return Optional.ofNullable(model);
    }

    public int frames() {
        return frames;
    }

    public int dof() {
        return dof;
    }

    public double fps() {
        return fps;
    }

    /** Joint coordinates, {@code (frames x dof)}, or null (see {@link #hasJointAngles()}); read only, do not modify. */
    public double[] qRef() {
        return q;
    }

    /** Keypoints, {@code (frames x Keypoint.COUNT x 3)} metres; read only, do not modify. */
    public double[] keypointsRef() {
        return keypoints;
    }

    /** The keypoints as a track (for metrics and BVH export). */
    public KeypointSequence3D toTrack() {
        return KeypointSequence3D.allValid(fps, keypoints);
    }
}
