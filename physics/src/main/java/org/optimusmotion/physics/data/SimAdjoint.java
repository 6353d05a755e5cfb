package org.optimusmotion.physics.data;

import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/**
 * Adjoint (reverse-mode) workspaces mirroring {@link SimData}: {@code xBar} holds dLoss/dx for the
 * array {@code x} of the same shape. Sized once per model; not thread-safe.
 */
public final class SimAdjoint {

    /** dL/dq and dL/dqd of the state being back-propagated, (dof). */
    public final double[] qBar;
    public final double[] qdBar;
    /** dL/dq and dL/dqd of the previous state (output of one step's VJP), (dof). */
    public final double[] qBarPrev;
    public final double[] qdBarPrev;
    /** lambda = M^{-1} qddBar, (dof). */
    public final double[] lambda;
    /** dL/dtau = lambda, kept separately for clarity, (dof). */
    public final double[] tauBar;
    /** Adjoints of link forces (total after accumulation), (dof x 6). */
    public final double[] forceBar;
    /** Adjoints of link velocities, (dof x 6). */
    public final double[] velBar;
    /** Adjoints of link accelerations, (dof x 6). */
    public final double[] accBar;
    /** Adjoints of the external wrenches, (dof x 6). */
    public final double[] extForceBar;
    /** Adjoints of world rotations, (dof x 9), and world origins, (dof x 3). */
    public final double[] worldRotBar;
    public final double[] worldPosBar;
    /** Adjoint of the interpolated PD targets, (actuatorCount). */
    public final double[] targetBar;
    /** Adjoint of the keypoints of one frame, (Keypoint.COUNT x 3). */
    public final double[] keypointsBar;
    /** Scratch. */
    public final double[] scratch;

    public SimAdjoint(Model m) {
        int n = m.dof();
        qBar = new double[n];
        qdBar = new double[n];
        qBarPrev = new double[n];
        qdBarPrev = new double[n];
        lambda = new double[n];
        tauBar = new double[n];
        forceBar = new double[6 * n];
        velBar = new double[6 * n];
        accBar = new double[6 * n];
        extForceBar = new double[6 * n];
        worldRotBar = new double[9 * n];
        worldPosBar = new double[3 * n];
        targetBar = new double[m.actuatorCount()];
        keypointsBar = new double[3 * Keypoint.COUNT];
        scratch = new double[24];
    }
}
