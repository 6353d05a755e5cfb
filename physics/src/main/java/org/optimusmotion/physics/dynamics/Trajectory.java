package org.optimusmotion.physics.dynamics;

import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;
import org.optimusmotion.physics.model.SimOptions;

/**
 * Preallocated buffer of one rollout: the state and joint accelerations at every integrator step
 * (what the backward pass needs) and the keypoints at every video frame. Reusable for rollouts with
 * the same model, frame count and sub-steps. Not thread-safe.
 */
public final class Trajectory {

    private final int dof;
    private final int frames;
    private final int substeps;
    private final int steps;
    /** Joint coordinates at step s, ((steps + 1) x dof). */
    final double[] q;
    /** Joint velocities at step s, ((steps + 1) x dof). */
    final double[] qd;
    /** Joint accelerations used in step s, (steps x dof). */
    final double[] qdd;
    /** Keypoints per frame, (frames x Keypoint.COUNT x 3), world, m. */
    final double[] keypoints;
    /** Number of active contact spheres during step s, (steps). */
    final int[] activeContacts;

    /** Sizes a buffer for {@code frames} video frames (frames - 1 intervals of {@code substepsPerFrame} steps). */
    public Trajectory(Model m, SimOptions o, int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("frames = " + frames + " must be >= 1");
        }
        this.dof = m.dof();
        this.frames = frames;
        this.substeps = o.substepsPerFrame();
        this.steps = (frames - 1) * substeps;
        q = new double[(steps + 1) * dof];
        qd = new double[(steps + 1) * dof];
        qdd = new double[Math.max(steps, 1) * dof];
        keypoints = new double[frames * 3 * Keypoint.COUNT];
        activeContacts = new int[Math.max(steps, 1)];
    }

    public int frames() {
        return frames;
    }

    public int substepsPerFrame() {
        return substeps;
    }

    /** Number of integrator steps, (frames - 1) * substeps. */
    public int steps() {
        return steps;
    }

    public int dof() {
        return dof;
    }

    /** Keypoints of all frames, (frames x Keypoint.COUNT x 3). Live array, read-only. */
    public double[] keypointsRef() {
        return keypoints;
    }

    /** Copies frame {@code f}'s keypoints (Keypoint.COUNT x 3) into {@code out}. */
    public void keypointsInto(int f, double[] out) {
        System.arraycopy(keypoints, f * 3 * Keypoint.COUNT, out, 0, 3 * Keypoint.COUNT);
    }

    /** Copies the state at step {@code s} into {@code qOut, qdOut}. */
    public void stateInto(int s, double[] qOut, double[] qdOut) {
        System.arraycopy(q, s * dof, qOut, 0, dof);
        System.arraycopy(qd, s * dof, qdOut, 0, dof);
    }

    /** Copies the joint accelerations used in step {@code s} into {@code qddOut}. */
    public void qddInto(int s, double[] qddOut) {
        System.arraycopy(qdd, s * dof, qddOut, 0, dof);
    }

    /** Active contact spheres during step {@code s}. */
    public int activeContacts(int s) {
        return activeContacts[s];
    }

    /** Number of steps with at least one active contact sphere. */
    public int contactSteps() {
        int c = 0;
        for (int s = 0; s < steps; s++) {
            if (activeContacts[s] > 0) {
                c++;
            }
        }
        return c;
    }
}
