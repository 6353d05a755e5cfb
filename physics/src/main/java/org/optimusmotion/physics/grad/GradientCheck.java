package org.optimusmotion.physics.grad;

import org.optimusmotion.optimizer.Problem;

/**
 * Compares a problem's analytic gradient with central finite differences, coordinate by coordinate
 * (saving and restoring the perturbed coordinate), and reports the largest relative error
 * |g - g_fd| / max(|g|, |g_fd|, floor). Fourth-order central differences
 * (8 (f(x+h) - f(x-h)) - (f(x+2h) - f(x-2h))) / (12 h) keep truncation error below round-off.
 */
public final class GradientCheck {

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
     * of the denominator; {@code step} the finite-difference step h.
     */
    public static Result check(Problem p, double[] x, int[] indices, double step, double floor) {
        double[] g = new double[p.dimension()];
        p.evaluate(x, g);
        double worst = 0;
        int worstIndex = -1;
        double wa = 0;
        double wn = 0;
        double maxAbs = 0;
        int nonZero = 0;
        for (int idx : indices) {
            double saved = x[idx];
            x[idx] = saved + step;
            double fp1 = p.evaluate(x, null);
            x[idx] = saved - step;
            double fm1 = p.evaluate(x, null);
            x[idx] = saved + 2 * step;
            double fp2 = p.evaluate(x, null);
            x[idx] = saved - 2 * step;
            double fm2 = p.evaluate(x, null);
            x[idx] = saved;
            double fd = (8 * (fp1 - fm1) - (fp2 - fm2)) / (12 * step);
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
}
