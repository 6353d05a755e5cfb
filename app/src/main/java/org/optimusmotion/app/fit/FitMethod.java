package org.optimusmotion.app.fit;

/**
 * What the fit optimizes: the physics reconstruction, or one of the two simpler fits kept for speed
 * and comparison.
 */
public enum FitMethod {
    /** The DiffPhy reconstruction: windows of a physics rollout fitted to the 2D and 3D tracks (slow). */
    RECONSTRUCTION("Physics reconstruction (DiffPhy windows)"),
    /** Joint angles per frame to the 3D keypoints by forward kinematics (fast; no physics). */
    KINEMATIC("Kinematic (fast, no physics)"),
    /** Initial state and PD targets of one physics rollout of the whole clip (slow). */
    PHYSICS_ROLLOUT("Physics rollout (slow)");

    private final String label;

    FitMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The service that fits by this method. */
    public FitService service() {
        return switch (this) {
            case RECONSTRUCTION -> new ReconstructionFitService();
            case KINEMATIC -> new KinematicFitService();
            case PHYSICS_ROLLOUT -> new RolloutFitService();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
