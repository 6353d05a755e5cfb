package org.optimusmotion.physics.dynamics;

/**
 * The simulation produced a non-finite or absurd state (for example a too large time step or
 * unstable gains). Carries where it happened and what was wrong, so callers can report it or treat
 * it as an infinitely bad objective value rather than propagating NaN.
 */
public final class SimulationDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int step;
    private final int frame;
    private final String quantity;
    private final double value;

    public SimulationDivergedException(int step, int frame, String quantity, double value, double limit) {
        super("simulation diverged at step " + step + " (video frame " + frame + "): " + quantity + " = " + value
                + (Double.isFinite(value) ? " exceeds the limit " + limit : ""));
        this.step = step;
        this.frame = frame;
        this.quantity = quantity;
        this.value = value;
    }

    /** Integrator step index (0-based) after which the state was invalid. */
    public int step() {
        return step;
    }

    /** Video frame interval the step belongs to. */
    public int frame() {
        return frame;
    }

    /** What was wrong, e.g. {@code qd[root_tz]}. */
    public String quantity() {
        return quantity;
    }

    /** The offending value. */
    public double value() {
        return value;
    }
}
