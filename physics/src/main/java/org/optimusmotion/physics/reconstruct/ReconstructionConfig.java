package org.optimusmotion.physics.reconstruct;

/**
 * Settings of one physics-based reconstruction (the DiffPhy objective over sliding windows).
 * Immutable and validated; weights are dimensionless multipliers of the terms documented in
 * {@link ReconstructionProblem}.
 *
 * @param windowFrames          video frames per window (control knots and keypoint targets), at least 3
 * @param overlapFrames         frames shared by consecutive windows, in [0, windowFrames - 2]
 * @param substepsPerFrame      integrator steps per video frame
 * @param weight2d              weight of the confidence-weighted robust 2D reprojection term
 * @param robustScale2d         scale of the pseudo-Huber penalty on 2D residuals, in image heights
 * @param weight3d              weight of the root-relative 3D agreement with the kinematic estimate (per m^2)
 * @param weight3dGlobal        weight of the global (not root-aligned) 3D agreement (per m^2)
 * @param weightSmoothness      weight of sum |qhat_{f+1} - qhat_f|^2 (per rad^2)
 * @param weightPrior           weight of sum |qhat_f - q_kin,f|^2 (per rad^2)
 * @param weightJointLimits     weight of the squared violation of the joint limits by qhat (per rad^2)
 * @param weightInitialState    weight of the squared change of s0 from its warm start (scaled units)
 * @param maxIterationsPerWindow optimizer iterations per window
 * @param maxEvaluationsPerWindow objective evaluations per window
 * @param bodyMassKg            subject mass, kg
 * @param weightFootStance      weight of the squared horizontal speed of foot keypoints labelled in stance (per (m/s)^2)
 * @param weightFootClearance   weight of the squared depth of swing-labelled foot keypoints below the clearance (per m^2)
 * @param footClearanceM        height above the kinematic ground a swing foot keypoint should keep, metres, in [0, 0.3]
 * @param weightInitialVelocity weight of the squared change of the initial velocity qd0 from its warm start in
 *                              physical units (per (m/s)^2 or (rad/s)^2; weightInitialState's scaled units make
 *                              velocity changes nearly free, see {@link ReconstructionProblem}); default 0
 * @param weightFootSkate       weight of a foot keypoint's squared horizontal speed while it is low (within
 *                              {@link ReconstructionProblem#SKATE_HEIGHT_M} of the kinematic ground) outside labelled
 *                              stance, per (m/s)^2, scaled by how low it is; default 0 (docs/reconstruction.md,
 *                              "Foot-skate term")
 * @param windowPolicy          how the windows are chosen: {@link WindowPolicy#FIXED} uses windowFrames, overlapFrames
 *                              and the budget as given; {@link WindowPolicy#ADAPTIVE} (default) treats them as the
 *                              longest window and its settings and shortens windows for fast root motion
 *                              ({@link AdaptiveWindowRule})
 */
public record ReconstructionConfig(int windowFrames, int overlapFrames, int substepsPerFrame, double weight2d,
        double robustScale2d, double weight3d, double weight3dGlobal, double weightSmoothness, double weightPrior,
        double weightJointLimits, double weightInitialState, int maxIterationsPerWindow, long maxEvaluationsPerWindow,
        double bodyMassKg, double weightFootStance, double weightFootClearance, double footClearanceM,
        double weightInitialVelocity, double weightFootSkate, WindowPolicy windowPolicy) {

    /**
     * Defaults: PAPERS.md D.3/D.4 and open question 14, shortened windows for our 2-core machine; foot-contact
     * weights from a sweep on the walk case (docs/reconstruction.md). The initial-velocity anchor is off: 0.01
     * halves foot skate on the Pose2Sim real case and helps the synthetic walk but makes the dance worse
     * (docs/real-pose2sim.md, section 4), and meta-training draws its problems from these defaults. Windows are
     * adaptive: 12 frames for walking, down to 6 for running (docs/reconstruction.md, "Window policy"). The
     * foot-skate term is off: at weight 1 it passes the walk's foot-skate bar but costs MPJPE-G on average over
     * six walk seeds (docs/reconstruction.md, "Foot-skate term").
     */
    public static final ReconstructionConfig DEFAULT = new ReconstructionConfig(12, 3, 20, 10.0, 0.01, 1.0, 0.1, 1e-3,
            1e-3, 1.0, 1e-3, 60, 150, 70.0, 1.0, 200.0, 0.06, 0.0, 0.0, WindowPolicy.ADAPTIVE);

    /**
     * More integrator steps per frame than this buy no accuracy (1000 at 30 fps is a 33 µs step, against
     * the default 20) and a window's trajectory would no longer fit in memory.
     */
    public static final int MAX_SUBSTEPS_PER_FRAME = 1000;

    public ReconstructionConfig {
        if (windowFrames < 3) {
            throw new IllegalArgumentException("windowFrames = " + windowFrames + " must be >= 3");
        }
        if (overlapFrames < 0 || overlapFrames > windowFrames - 2) {
            throw new IllegalArgumentException("overlapFrames = " + overlapFrames + " must be in [0, windowFrames - 2 = "
                    + (windowFrames - 2) + "]");
        }
        if (substepsPerFrame < 1 || substepsPerFrame > MAX_SUBSTEPS_PER_FRAME) {
            throw new IllegalArgumentException("substepsPerFrame = " + substepsPerFrame + " must be in [1, "
                    + MAX_SUBSTEPS_PER_FRAME + "]");
        }
        nonNegative("weight2d", weight2d);
        if (!(robustScale2d > 0) || !Double.isFinite(robustScale2d)) {
            throw new IllegalArgumentException("robustScale2d = " + robustScale2d + " must be finite and > 0");
        }
        nonNegative("weight3d", weight3d);
        nonNegative("weight3dGlobal", weight3dGlobal);
        nonNegative("weightSmoothness", weightSmoothness);
        nonNegative("weightPrior", weightPrior);
        nonNegative("weightJointLimits", weightJointLimits);
        nonNegative("weightInitialState", weightInitialState);
        if (maxIterationsPerWindow < 1) {
            throw new IllegalArgumentException("maxIterationsPerWindow = " + maxIterationsPerWindow + " must be >= 1");
        }
        if (maxEvaluationsPerWindow < 1) {
            throw new IllegalArgumentException("maxEvaluationsPerWindow = " + maxEvaluationsPerWindow + " must be >= 1");
        }
        if (!(bodyMassKg >= 10 && bodyMassKg <= 300)) {
            throw new IllegalArgumentException("bodyMassKg = " + bodyMassKg + " must be in [10, 300]");
        }
        nonNegative("weightFootStance", weightFootStance);
        nonNegative("weightFootClearance", weightFootClearance);
        if (!(footClearanceM >= 0 && footClearanceM <= 0.3)) {
            throw new IllegalArgumentException("footClearanceM = " + footClearanceM + " must be in [0, 0.3]");
        }
        nonNegative("weightInitialVelocity", weightInitialVelocity);
        nonNegative("weightFootSkate", weightFootSkate);
        if (windowPolicy == null) {
            throw new IllegalArgumentException("windowPolicy must not be null (FIXED or ADAPTIVE)");
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " must be finite and >= 0");
        }
    }

    /** Frames by which consecutive windows start apart. */
    public int strideFrames() {
        return windowFrames - overlapFrames;
    }

    /** The same settings with another window length and overlap. */
    public ReconstructionConfig withWindow(int frames, int overlap) {
        return new ReconstructionConfig(frames, overlap, substepsPerFrame, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState,
                maxIterationsPerWindow, maxEvaluationsPerWindow, bodyMassKg, weightFootStance, weightFootClearance, footClearanceM,
                weightInitialVelocity, weightFootSkate, windowPolicy);
    }

    /** The same settings with other per-window budgets. */
    public ReconstructionConfig withBudget(int iterations, long evaluations) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substepsPerFrame, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState, iterations,
                evaluations, bodyMassKg, weightFootStance, weightFootClearance, footClearanceM,
                weightInitialVelocity, weightFootSkate, windowPolicy);
    }

    /** The same settings with other weights of the 2D, root-relative 3D and global 3D terms. */
    public ReconstructionConfig withKeypointWeights(double w2d, double w3d, double w3dGlobal) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substepsPerFrame, w2d, robustScale2d, w3d,
                w3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState, maxIterationsPerWindow,
                maxEvaluationsPerWindow, bodyMassKg, weightFootStance, weightFootClearance, footClearanceM,
                weightInitialVelocity, weightFootSkate, windowPolicy);
    }

    /** The same settings with another number of integrator steps per frame. */
    public ReconstructionConfig withSubsteps(int substeps) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substeps, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState,
                maxIterationsPerWindow, maxEvaluationsPerWindow, bodyMassKg, weightFootStance, weightFootClearance, footClearanceM,
                weightInitialVelocity, weightFootSkate, windowPolicy);
    }

    /** The same settings with other foot-contact weights and swing clearance. */
    public ReconstructionConfig withFootContact(double wStance, double wClearance, double clearanceM) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substepsPerFrame, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState,
                maxIterationsPerWindow, maxEvaluationsPerWindow, bodyMassKg, wStance, wClearance, clearanceM, weightInitialVelocity,
                weightFootSkate, windowPolicy);
    }

    /** The same settings with another weight of the initial velocity's anchor (0: the scaled s0 anchor only). */
    public ReconstructionConfig withInitialVelocityWeight(double w) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substepsPerFrame, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState,
                maxIterationsPerWindow, maxEvaluationsPerWindow, bodyMassKg, weightFootStance, weightFootClearance,
                footClearanceM, w, weightFootSkate, windowPolicy);
    }

    /** The same settings with another weight of the start state's anchor to its warm start (scaled units). */
    public ReconstructionConfig withInitialStateWeight(double w) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substepsPerFrame, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, w,
                maxIterationsPerWindow, maxEvaluationsPerWindow, bodyMassKg, weightFootStance, weightFootClearance,
                footClearanceM, weightInitialVelocity, weightFootSkate, windowPolicy);
    }

    /** The same settings with another weight of the low-and-moving foot (foot-skate) term; 0 turns it off. */
    public ReconstructionConfig withFootSkateWeight(double w) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substepsPerFrame, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState,
                maxIterationsPerWindow, maxEvaluationsPerWindow, bodyMassKg, weightFootStance, weightFootClearance,
                footClearanceM, weightInitialVelocity, w, windowPolicy);
    }

    /** The same settings with another window policy. */
    public ReconstructionConfig withWindowPolicy(WindowPolicy policy) {
        return new ReconstructionConfig(windowFrames, overlapFrames, substepsPerFrame, weight2d, robustScale2d, weight3d,
                weight3dGlobal, weightSmoothness, weightPrior, weightJointLimits, weightInitialState,
                maxIterationsPerWindow, maxEvaluationsPerWindow, bodyMassKg, weightFootStance, weightFootClearance,
                footClearanceM, weightInitialVelocity, weightFootSkate, policy);
    }
}
