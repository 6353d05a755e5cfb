package org.optimusmotion.physics.model;

/**
 * How to simulate: video frame rate and sub-steps per frame (time step = 1 / (fps * substeps)),
 * gravity, which force terms are on, soft joint limits and the divergence guard. Immutable,
 * validated; options are passed per call and never remembered.
 *
 * @param frameRateHz                video frame rate (control knots and keypoint outputs), Hz
 * @param substepsPerFrame           integrator steps per video frame
 * @param gravityMps2                magnitude of gravity along -z, m/s^2 (0 turns it off)
 * @param contactEnabled             soft ground contact on/off
 * @param contact                    contact constants
 * @param actuationEnabled           PD servos towards q-hat on/off
 * @param passiveDampingEnabled      viscous joint damping on/off
 * @param jointLimitStiffness        soft joint-limit stiffness, N m/rad (0 turns limits off)
 * @param jointLimitSmoothingRad     softplus width of the limit penalty, rad
 * @param divergenceSpeedLimit       a |q-dot| above this (rad/s or m/s) or any non-finite value aborts the rollout
 * @param scene                      static boxes besides the ground plane (touched only when contact is enabled)
 */
public record SimOptions(double frameRateHz, int substepsPerFrame, double gravityMps2, boolean contactEnabled,
        ContactParameters contact, boolean actuationEnabled, boolean passiveDampingEnabled, double jointLimitStiffness,
        double jointLimitSmoothingRad, double divergenceSpeedLimit, Scene scene) {

    public static final double DEFAULT_FRAME_RATE_HZ = 30.0;
    /** 20 sub-steps at 30 fps: dt = 1/600 s, stable with the default gains and contact (see docs/simulator-design.md). */
    public static final int DEFAULT_SUBSTEPS = 20;
    public static final double DEFAULT_GRAVITY = 9.81;
    public static final double DEFAULT_LIMIT_STIFFNESS = 300.0;
    public static final double DEFAULT_LIMIT_SMOOTHING = 0.02;
    public static final double DEFAULT_DIVERGENCE_SPEED = 200.0;

    /** Everything on, default constants. */
    public static final SimOptions DEFAULT = new SimOptions(DEFAULT_FRAME_RATE_HZ, DEFAULT_SUBSTEPS, DEFAULT_GRAVITY, true,
            ContactParameters.DEFAULT, true, true, DEFAULT_LIMIT_STIFFNESS, DEFAULT_LIMIT_SMOOTHING, DEFAULT_DIVERGENCE_SPEED,
            Scene.EMPTY);

    public SimOptions {
        if (!(frameRateHz > 0) || !Double.isFinite(frameRateHz)) {
            throw new IllegalArgumentException("frameRateHz = " + frameRateHz + " must be finite and > 0");
        }
        if (substepsPerFrame < 1) {
            throw new IllegalArgumentException("substepsPerFrame = " + substepsPerFrame + " must be >= 1");
        }
        if (!(gravityMps2 >= 0) || !Double.isFinite(gravityMps2)) {
            throw new IllegalArgumentException("gravityMps2 = " + gravityMps2 + " must be finite and >= 0");
        }
        if (contact == null) {
            throw new IllegalArgumentException("contact must not be null");
        }
        if (!(jointLimitStiffness >= 0) || !Double.isFinite(jointLimitStiffness)) {
            throw new IllegalArgumentException("jointLimitStiffness = " + jointLimitStiffness + " must be finite and >= 0");
        }
        if (!(jointLimitSmoothingRad > 0)) {
            throw new IllegalArgumentException("jointLimitSmoothingRad = " + jointLimitSmoothingRad + " must be > 0");
        }
        if (!(divergenceSpeedLimit > 0)) {
            throw new IllegalArgumentException("divergenceSpeedLimit = " + divergenceSpeedLimit + " must be > 0");
        }
        if (scene == null) {
            throw new IllegalArgumentException("scene must not be null (use Scene.EMPTY)");
        }
    }

    /** Integrator time step, s. */
    public double timestepSeconds() {
        return 1.0 / (frameRateHz * substepsPerFrame);
    }

    public SimOptions withFrameRate(double fps, int substeps) {
        return new SimOptions(fps, substeps, gravityMps2, contactEnabled, contact, actuationEnabled, passiveDampingEnabled,
                jointLimitStiffness, jointLimitSmoothingRad, divergenceSpeedLimit, scene);
    }

    public SimOptions withGravity(double g) {
        return new SimOptions(frameRateHz, substepsPerFrame, g, contactEnabled, contact, actuationEnabled, passiveDampingEnabled,
                jointLimitStiffness, jointLimitSmoothingRad, divergenceSpeedLimit, scene);
    }

    public SimOptions withContact(boolean enabled, ContactParameters params) {
        return new SimOptions(frameRateHz, substepsPerFrame, gravityMps2, enabled, params, actuationEnabled, passiveDampingEnabled,
                jointLimitStiffness, jointLimitSmoothingRad, divergenceSpeedLimit, scene);
    }

    public SimOptions withActuation(boolean enabled) {
        return new SimOptions(frameRateHz, substepsPerFrame, gravityMps2, contactEnabled, contact, enabled, passiveDampingEnabled,
                jointLimitStiffness, jointLimitSmoothingRad, divergenceSpeedLimit, scene);
    }

    public SimOptions withPassiveDamping(boolean enabled) {
        return new SimOptions(frameRateHz, substepsPerFrame, gravityMps2, contactEnabled, contact, actuationEnabled, enabled,
                jointLimitStiffness, jointLimitSmoothingRad, divergenceSpeedLimit, scene);
    }

    public SimOptions withJointLimits(double stiffness) {
        return new SimOptions(frameRateHz, substepsPerFrame, gravityMps2, contactEnabled, contact, actuationEnabled, passiveDampingEnabled,
                stiffness, jointLimitSmoothingRad, divergenceSpeedLimit, scene);
    }

    public SimOptions withScene(Scene s) {
        return new SimOptions(frameRateHz, substepsPerFrame, gravityMps2, contactEnabled, contact, actuationEnabled, passiveDampingEnabled,
                jointLimitStiffness, jointLimitSmoothingRad, divergenceSpeedLimit, s);
    }

    /** No gravity, contact, actuation, damping or limits: a free conservative multibody (for conservation tests). */
    public SimOptions conservative() {
        return new SimOptions(frameRateHz, substepsPerFrame, 0.0, false, contact, false, false, 0.0, jointLimitSmoothingRad,
                divergenceSpeedLimit, scene);
    }
}
