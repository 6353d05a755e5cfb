package org.optimusmotion.physics.data;

import org.optimusmotion.physics.model.Keypoint;
import org.optimusmotion.physics.model.Model;

/**
 * Mutable simulation state plus every workspace one step needs, as flat primitive arrays sized once
 * for a {@link Model} (the scratch pad of MuJoCo's {@code mjData}: stages read their inputs from and
 * write their outputs to these arrays). Spatial vectors are (angular, linear) 6-tuples in the link
 * frame at the link origin; rotation matrices are row-major 3 x 3. Fields are public for the
 * kernels; the arrays themselves are never replaced. Not thread-safe: one instance per thread.
 */
public final class SimData {

    /** Model size this instance was made for. */
    public final int dof;
    /** Number of contact spheres. */
    public final int contactCount;

    // -------------------- state
    /** Joint coordinates, (dof), rad or m. */
    public final double[] q;
    /** Joint velocities, (dof), rad/s or m/s. */
    public final double[] qd;
    /** Simulated time, s. */
    public double timeSeconds;

    // -------------------- position dependent (Kinematics.forward)
    /** Joint rotation of each link relative to its parent, (dof x 9). */
    public final double[] jointRot;
    /** Link origin in the parent frame, (dof x 3), m. */
    public final double[] jointPos;
    /** Link orientation in the world, (dof x 9). */
    public final double[] worldRot;
    /** Link origin in the world, (dof x 3), m. */
    public final double[] worldPos;

    // -------------------- velocity / acceleration dependent (InverseDynamics)
    /** Link spatial velocity, (dof x 6), link frame. */
    public final double[] vel;
    /** Parent velocity transformed into the link frame, X_i v_parent, (dof x 6). */
    public final double[] parentVel;
    /** Link spatial acceleration (with gravity as a base acceleration), (dof x 6). */
    public final double[] acc;
    /** Parent acceleration transformed into the link frame, X_i a_parent, (dof x 6). */
    public final double[] parentAcc;
    /** Spatial momentum I_i v_i, (dof x 6). */
    public final double[] momentum;
    /** Link force (after accumulation over the subtree), (dof x 6). */
    public final double[] force;
    /** External (contact) wrench on each link, (dof x 6), link frame at the link origin. */
    public final double[] extForce;

    // -------------------- dynamics
    /** Joint accelerations, (dof). */
    public final double[] qdd;
    /** Applied joint torques (PD, limits, damping), (dof). */
    public final double[] tau;
    /** Bias torques c(q, qd) - J^T f_ext (inverse dynamics at qdd = 0), (dof). */
    public final double[] bias;
    /** Composite spatial inertias, (dof x 10), link frame. */
    public final double[] compositeInertia;
    /** Joint-space inertia matrix, then its L^T D L factor in place, (dof x dof) row-major. */
    public final double[] massMatrix;
    /** Interpolated PD targets of the current step, (actuatorCount). */
    public final double[] target;

    // -------------------- contact
    /** Contact force on each sphere in the world frame, (contactCount x 3), N. */
    public final double[] contactForce;
    /** Contact-point velocity in the world frame, (contactCount x 3), m/s. */
    public final double[] contactVel;
    /** Contact point minus link origin, world frame, (contactCount x 3), m. */
    public final double[] contactArm;
    /** Height of each sphere's lowest point above the ground, (contactCount), m. */
    public final double[] contactGap;
    /** Number of spheres with a non-negligible force in the last contact evaluation. */
    public int activeContacts;

    // -------------------- outputs / scratch
    /** Keypoints of the current state, (Keypoint.COUNT x 3), world, m. */
    public final double[] keypoints;
    /** Scratch for 6-vectors. */
    public final double[] scratch6;

    /** Allocates all arrays for a model. */
    public SimData(Model m) {
        int n = m.dof();
        int nc = m.contactCount();
        dof = n;
        contactCount = nc;
        q = new double[n];
        qd = new double[n];
        jointRot = new double[9 * n];
        jointPos = new double[3 * n];
        worldRot = new double[9 * n];
        worldPos = new double[3 * n];
        vel = new double[6 * n];
        parentVel = new double[6 * n];
        acc = new double[6 * n];
        parentAcc = new double[6 * n];
        momentum = new double[6 * n];
        force = new double[6 * n];
        extForce = new double[6 * n];
        qdd = new double[n];
        tau = new double[n];
        bias = new double[n];
        compositeInertia = new double[Model.INERTIA_STRIDE * n];
        massMatrix = new double[n * n];
        target = new double[m.actuatorCount()];
        contactForce = new double[3 * nc];
        contactVel = new double[3 * nc];
        contactArm = new double[3 * nc];
        contactGap = new double[nc];
        keypoints = new double[3 * Keypoint.COUNT];
        scratch6 = new double[12];
    }

    /** Sets the state (copies), time unchanged. */
    public void setState(double[] q0, double[] qd0) {
        if (q0.length != dof || qd0.length != dof) {
            throw new IllegalArgumentException("state needs " + dof + " coordinates and velocities, got " + q0.length + " and " + qd0.length);
        }
        System.arraycopy(q0, 0, q, 0, dof);
        System.arraycopy(qd0, 0, qd, 0, dof);
    }
}
