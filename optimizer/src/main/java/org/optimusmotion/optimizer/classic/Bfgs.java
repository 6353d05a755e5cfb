package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.classic.linesearch.StrongWolfeLineSearch;

/**
 * BFGS with a dense inverse-Hessian approximation H and a strong-Wolfe line search
 * (Nocedal &amp; Wright, Algorithm 6.1):
 * <pre>
 *   d = −H g,   x₊ = x + α d   (α from {@link StrongWolfeLineSearch})
 *   H₊ = (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ,   ρ = 1/(yᵀs)     (N&amp;W eq. 6.17)
 * </pre>
 * Before the first update H = I is rescaled to {@code (yᵀs / yᵀy) I} (N&amp;W eq. 6.20). Pairs with
 * {@code yᵀs <= }{@link #CURVATURE_EPSILON}{@code ·‖s‖‖y‖} are skipped (the strong-Wolfe search makes
 * this rare). Line-search failure resets H to I once before giving up; see {@link QuasiNewtonRun}
 * for the failure and NaN/Inf policy and the initial step.
 *
 * <p>The update is expanded as {@code H₊ = H − ρ(s (Hy)ᵀ + (Hy) sᵀ) + (ρ² yᵀHy + ρ) s sᵀ}
 * (H symmetric), one O(n²) pass; H is one row-major {@code double[n·n]} (8 MB at n = 1000).
 *
 * @param lineSearch        the line search
 * @param gradientTolerance stop ({@code CONVERGED}) when {@code max|g_i| <= gradientTolerance}; >= 0
 */
public record Bfgs(StrongWolfeLineSearch lineSearch, double gradientTolerance) implements Optimizer {

    /** SciPy's default {@code gtol} for BFGS and L-BFGS-B (max-norm of the gradient). */
    public static final double DEFAULT_GRADIENT_TOLERANCE = 1e-5;
    /** Relative curvature threshold below which an update is skipped. */
    public static final double CURVATURE_EPSILON = 1e-10;

    public Bfgs {
        if (lineSearch == null) {
            throw new IllegalArgumentException("lineSearch must not be null");
        }
        if (!(gradientTolerance >= 0)) {
            throw new IllegalArgumentException("gradientTolerance must be >= 0, was " + gradientTolerance);
        }
    }

    /** Strong-Wolfe defaults (c1 = 1e-4, c2 = 0.9) and gradient tolerance 1e-5. */
    public static Bfgs defaults() {
        return new Bfgs(StrongWolfeLineSearch.defaults(), DEFAULT_GRADIENT_TOLERANCE);
    }

    /** {@code BFGS}. */
    @Override
    public String name() {
        return "BFGS";
    }

    @Override
    public OptimizerRun start(Problem problem, double[] x0) {
        return new Run(problem, x0, this);
    }

    private static final class Run extends QuasiNewtonRun {
        private final int n;
        /** Inverse-Hessian approximation H, (n × n) row-major, symmetric. */
        private final double[] h;
        /** H y, length n. */
        private final double[] hy;
        private boolean unscaled = true;

        Run(Problem problem, double[] x0, Bfgs options) {
            super(problem, x0, options.lineSearch, options.gradientTolerance);
            this.n = x0.length;
            this.h = new double[n * n];
            this.hy = new double[n];
            setIdentity();
        }

        private void setIdentity() {
            java.util.Arrays.fill(h, 0.0);
            for (int i = 0; i < n; i++) {
                h[i * n + i] = 1.0;
            }
            unscaled = true;
        }

        @Override
        protected void computeDirection(double[] gradient, double[] direction) {
            // d = −H g, row by row.
            for (int i = 0; i < n; i++) {
                direction[i] = -VectorOps.dot(h, i * n, gradient, n);
            }
        }

        @Override
        protected void resetToIdentity() {
            setIdentity();
        }

        @Override
        protected void update(double[] s, double[] y, double ys) {
            if (tooLittleCurvature(s, y, ys, CURVATURE_EPSILON)) {
                return;
            }
            if (unscaled) {
                // H0 = (yᵀs / yᵀy) I before the first update (N&W eq. 6.20).
                double gamma = ys / VectorOps.dot(y, y);
                for (int i = 0; i < n; i++) {
                    h[i * n + i] = gamma;
                }
                unscaled = false;
            }
            double rho = 1.0 / ys;
            double yHy = 0;
            for (int i = 0; i < n; i++) {
                double v = VectorOps.dot(h, i * n, y, n);
                hy[i] = v;
                yHy += y[i] * v;
            }
            double ssCoefficient = rho * rho * yHy + rho;
            for (int i = 0; i < n; i++) {
                int row = i * n;
                double si = s[i];
                double a = -rho * si;
                double b = -rho * hy[i] + ssCoefficient * si;
                // H_ij += −ρ s_i (Hy)_j + (−ρ (Hy)_i + (ρ² yᵀHy + ρ) s_i) s_j
                for (int j = 0; j < n; j++) {
                    h[row + j] += a * hy[j] + b * s[j];
                }
            }
        }
    }
}
