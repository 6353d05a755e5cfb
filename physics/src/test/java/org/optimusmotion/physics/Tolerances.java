package org.optimusmotion.physics;

/** Named tolerances shared by the physics tests. */
public final class Tolerances {

    private Tolerances() {
    }

    /** Max relative error of analytic vs finite-difference gradients. */
    public static final double GRAD_REL = 1e-5;
    /** Absolute floor of the relative-error denominator, as a fraction of the gradient's infinity norm. */
    public static final double GRAD_FLOOR_FRACTION = 1e-5;
    /** Largest finite-difference step for rollout gradients (fourth-order central differences, ten steps down to h/31623). */
    public static final double FD_STEP = 3.1622776601683795e-3;
    /** Agreement of two exact computations of the same quantity (round-off only). */
    public static final double EXACT = 1e-9;
}
