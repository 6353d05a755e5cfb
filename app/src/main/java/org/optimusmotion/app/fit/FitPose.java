package org.optimusmotion.app.fit;

import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.motion.KeypointSequence3D;

/**
 * The fitted body over a clip: joint coordinates and keypoints per frame. Immutable (arrays copied in
 * and out, except the documented {@code ...Ref()} views).
 */
public final class FitPose {

    private final int frames;
    private final int dof;
    private final double fps;
    private final double[] q;
    private final double[] keypoints;

    /**
     * @param q joint coordinates, {@code (frames x dof)} row-major (copied)
     * @param keypoints world keypoints, {@code (frames x Keypoint.COUNT x 3)} metres (copied)
     */
    public FitPose(int frames, int dof, double fps, double[] q, double[] keypoints) {
        if (frames < 1 || dof < 1 || q.length != frames * dof || keypoints.length != frames * 3 * Keypoint.COUNT) {
            throw new IllegalArgumentException("FitPose: " + frames + " frames x " + dof + " dof does not match q["
                    + q.length + "] and keypoints[" + keypoints.length + "]");
        }
        this.frames = frames;
        this.dof = dof;
        this.fps = fps;
        this.q = q.clone();
        this.keypoints = keypoints.clone();
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

    /** Joint coordinates, {@code (frames x dof)}; read only, do not modify. */
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
