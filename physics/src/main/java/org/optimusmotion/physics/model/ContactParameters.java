package org.optimusmotion.physics.model;

/**
 * Constants of the smooth soft ground contact (Hunt-Crossley normal force with softplus-smoothed
 * penetration, smooth Coulomb friction), see {@code org.optimusmotion.physics.contact.SoftContact}.
 * Immutable, validated.
 *
 * @param stiffness             k in f_n = k d^1.5 (1 + c * penetration rate), N/m^1.5
 * @param dampingSecondsPerMeter Hunt-Crossley c, s/m
 * @param smoothingLengthM      delta: the penetration d is replaced by delta softplus(d / delta), m
 * @param friction              Coulomb coefficient mu (dimensionless)
 * @param slipVelocityMps       v_s: friction = -mu f_n v_t / sqrt(|v_t|^2 + v_s^2), m/s
 */
public record ContactParameters(double stiffness, double dampingSecondsPerMeter, double smoothingLengthM,
        double friction, double slipVelocityMps) {

    /** About 7e4 N/m of tangent stiffness at 2.5 mm penetration (TDS uses 5e4 N/m). */
    public static final double DEFAULT_STIFFNESS = 1.0e6;
    /** Hunt-Crossley damping, s/m. */
    public static final double DEFAULT_DAMPING = 2.0;
    /** Penetration smoothing length, m. */
    public static final double DEFAULT_SMOOTHING_LENGTH = 1.0e-3;
    /** Shoe/skin on floor. */
    public static final double DEFAULT_FRICTION = 0.9;
    /** Width of the smooth stick-slip transition, m/s: friction is explicit, and below about 0.2 m/s it oscillates at the Nyquist rate at dt = 1/600 s on the feet (measured; see docs/simulator-design.md). */
    public static final double DEFAULT_SLIP_VELOCITY = 0.2;

    /** The defaults above. */
    public static final ContactParameters DEFAULT = new ContactParameters(DEFAULT_STIFFNESS, DEFAULT_DAMPING,
            DEFAULT_SMOOTHING_LENGTH, DEFAULT_FRICTION, DEFAULT_SLIP_VELOCITY);

    public ContactParameters {
        positive("stiffness", stiffness);
        nonNegative("dampingSecondsPerMeter", dampingSecondsPerMeter);
        positive("smoothingLengthM", smoothingLengthM);
        nonNegative("friction", friction);
        positive("slipVelocityMps", slipVelocityMps);
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " must be finite and > 0");
        }
    }

    private static void nonNegative(String name, double v) {
        if (!(v >= 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(name + " = " + v + " must be finite and >= 0");
        }
    }
}
