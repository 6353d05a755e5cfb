package org.optimusmotion.physics.grad;

import org.optimusmotion.optimizer.Problem;

/**
 * Compares a problem's analytic gradient with finite differences, coordinate by coordinate (saving
 * and restoring the perturbed coordinate), and reports the largest relative error
 * |g - g_fd| / max(|g|, |g_fd|, floor).
 *
 * <p>Finite differences are fourth-order central, D(h) = (8 (f(x+h) - f(x-h)) - (f(x+2h) - f(x-2h))) / (12 h).
 * Stiff soft contact makes one step size unsuitable for all coordinates (large steps meet the
 * millimetre contact scale, small steps meet round-off amplified by the contact), so
 * {@link #check} evaluates D at {@value #STEPS} steps h, h/r, h/r^2, ... (r = {@value #STEP_RATIO}) and
 * keeps, per coordinate, the middle of the three consecutive estimates that agree best (smallest
 * |D_{k-1} - D_k| + |D_k - D_{k+1}|; a Ridders-style choice that never looks at the analytic value:
 * large steps carry truncation error, small ones round-off amplified by the contact, and both show
 * up as disagreement between neighbours).
 */
public final class GradientCheck {

    /** Ratio between successive finite-difference steps. */
    public static final double STEP_RATIO = 3.1622776601683795;
    /** Number of finite-difference steps tried per coordinate. */
    public static final int STEPS = 10;

    private GradientCheck() {
    }

    /**
     * Result of a check.
     *
     * @param maxRelativeError largest relative error over the checked coordinates
     * @param worstIndex       coordinate where it occurred
     * @param analyticAtWorst  analytic derivative there
     * @param numericAtWorst   finite-difference derivative there
     * @param checked          number of coordinates checked
     * @param maxAbsGradient   largest |analytic| over the checked coordinates
     * @param nonZero          number of checked coordinates with a non-zero analytic derivative
     */
    public record Result(double maxRelativeError, int worstIndex, double analyticAtWorst, double numericAtWorst, int checked,
            double maxAbsGradient, int nonZero) {
    }

    /**
     * Checks {@code indices} of the gradient at x (x is restored). {@code floor} is the absolute floor
     * of the denominator; {@code maxStep} the largest finite-difference step h.
     */
    public static Result check(Problem p, double[] x, int[] indices, double maxStep, double floor) {
        double[] g = new double[p.dimension()];
        p.evaluate(x, g);
        double worst = 0;
        int worstIndex = -1;
        double wa = 0;
        double wn = 0;
        double maxAbs = 0;
        int nonZero = 0;
        double[] d = new double[STEPS];
        for (int idx : indices) {
            double h = maxStep;
            for (int k = 0; k < STEPS; k++) {
                d[k] = derivative(p, x, idx, h);
                h /= STEP_RATIO;
            }
            int best = 1;
            double bestSpread = Double.POSITIVE_INFINITY;
            for (int k = 1; k + 1 < STEPS; k++) {
                double spread = Math.abs(d[k] - d[k - 1]) + Math.abs(d[k + 1] - d[k]);
                if (spread < bestSpread) {
                    bestSpread = spread;
                    best = k;
                }
            }
            double fd = d[best];
            double a = g[idx];
            maxAbs = Math.max(maxAbs, Math.abs(a));
            if (a != 0) {
                nonZero++;
            }
            double rel = Math.abs(a - fd) / Math.max(Math.max(Math.abs(a), Math.abs(fd)), floor);
            if (!(rel <= worst)) {
                worst = rel;
                worstIndex = idx;
                wa = a;
                wn = fd;
            }
        }
        return new Result(worst, worstIndex, wa, wn, indices.length, maxAbs, nonZero);
    }

    /** Fourth-order central difference of coordinate {@code idx} with step h; restores x. */
    public static double derivative(Problem p, double[] x, int idx, double h) {
        double saved = x[idx];
        x[idx] = saved + h;
        double fp1 = p.evaluate(x, null);
        x[idx] = saved - h;
        double fm1 = p.evaluate(x, null);
        x[idx] = saved + 2 * h;
        double fp2 = p.evaluate(x, null);
        x[idx] = saved - 2 * h;
        double fm2 = p.evaluate(x, null);
        x[idx] = saved;
        return (8 * (fp1 - fm1) - (fp2 - fm2)) / (12 * h);
    }
}
