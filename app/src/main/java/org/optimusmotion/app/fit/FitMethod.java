package org.optimusmotion.app.fit;

/**
 * What the fit optimizes. Both are interim stand-ins for the physics reconstruction
 * ({@code physics.reconstruct.Reconstructor}), which becomes a third entry when it lands.
 */
public enum FitMethod {
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
            case KINEMATIC -> new KinematicFitService();
            case PHYSICS_ROLLOUT -> new RolloutFitService();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
