package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.classic.linesearch.StrongWolfeLineSearch;

/**
 * Limited-memory BFGS (Nocedal &amp; Wright, Algorithms 7.4 and 7.5): the direction {@code d = −H g}
 * comes from the two-loop recursion over the last {@code memory} pairs (s, y), with the initial
 * matrix {@code H0 = (sᵀy / yᵀy) I} from the newest pair (N&amp;W eq. 7.20), and the same strong-Wolfe
 * line search and initial step as {@link Bfgs}. Pairs with too little curvature are skipped; a line-search failure clears
 * the memory once before giving up (see {@link QuasiNewtonRun}).
 *
 * <p>Memory: pairs in two flat ring buffers {@code (memory × n)}; O(memory·n) per step.
 *
 * @param memory            number of (s, y) pairs kept, at least 1
 * @param lineSearch        the line search
 * @param gradientTolerance stop ({@code CONVERGED}) when {@code max|g_i| <= gradientTolerance}; >= 0
 */
public record Lbfgs(int memory, StrongWolfeLineSearch lineSearch, double gradientTolerance) implements Optimizer {

    public static final int DEFAULT_MEMORY = 10;

    public Lbfgs {
        if (memory < 1) {
            throw new IllegalArgumentException("memory must be >= 1, was " + memory);
        }
        if (lineSearch == null) {
            throw new IllegalArgumentException("lineSearch must not be null");
        }
        if (!(gradientTolerance >= 0)) {
            throw new IllegalArgumentException("gradientTolerance must be >= 0, was " + gradientTolerance);
        }
    }

    /** Memory {@code m} with the default line search and gradient tolerance. */
    public static Lbfgs withMemory(int memory) {
        return new Lbfgs(memory, StrongWolfeLineSearch.defaults(), Bfgs.DEFAULT_GRADIENT_TOLERANCE);
    }

    /** m = 10, strong-Wolfe defaults, gradient tolerance 1e-5. */
    public static Lbfgs defaults() {
        return withMemory(DEFAULT_MEMORY);
    }

    /** {@code LBFGS_m<memory>}, e.g. {@code LBFGS_m10}. */
    @Override
    public String name() {
        return "LBFGS_m" + memory;
    }

    @Override
    public OptimizerRun start(Problem problem, double[] x0) {
        return new Run(problem, x0, this);
    }

    private static final class Run extends QuasiNewtonRun {
        private final int n;
        private final int memory;
        /** Stored steps s_k and gradient changes y_k, ring buffers (memory × n) row-major. */
        private final double[] sHistory;
        private final double[] yHistory;
        /** ρ_k = 1/(y_kᵀs_k) per slot, and the two-loop coefficients α_k, length memory. */
        private final double[] rho;
        private final double[] alpha;
        /** Number of stored pairs (≤ memory) and the slot of the newest. */
        private int count;
        private int newest = -1;
        /** H0 scale γ = sᵀy / yᵀy of the newest pair. */
        private double gamma = 1;

        Run(Problem problem, double[] x0, Lbfgs options) {
            super(problem, x0, options.lineSearch, options.gradientTolerance);
            this.n = x0.length;
            this.memory = options.memory;
            this.sHistory = new double[memory * n];
            this.yHistory = new double[memory * n];
            this.rho = new double[memory];
            this.alpha = new double[memory];
        }

        @Override
        protected void computeDirection(double[] gradient, double[] direction) {
            // Two-loop recursion (N&W Alg. 7.4) on q = g, then d = −r.
            double[] q = direction;
            for (int i = 0; i < n; i++) {
                q[i] = gradient[i];
            }
            for (int k = 0; k < count; k++) {
                int slot = Math.floorMod(newest - k, memory);
                int off = slot * n;
                double a = rho[slot] * VectorOps.dot(sHistory, off, q, n);
                alpha[slot] = a;
                for (int i = 0; i < n; i++) {
                    q[i] -= a * yHistory[off + i];
                }
            }
            for (int i = 0; i < n; i++) {
                q[i] *= gamma;
            }
            for (int k = count - 1; k >= 0; k--) {
                int slot = Math.floorMod(newest - k, memory);
                int off = slot * n;
                double b = rho[slot] * VectorOps.dot(yHistory, off, q, n);
                double c = alpha[slot] - b;
                for (int i = 0; i < n; i++) {
                    q[i] += c * sHistory[off + i];
                }
            }
            for (int i = 0; i < n; i++) {
                q[i] = -q[i];
            }
        }

        @Override
        protected void resetToIdentity() {
            count = 0;
            newest = -1;
            gamma = 1;
        }

        @Override
        protected void update(double[] s, double[] y, double ys) {
            if (tooLittleCurvature(s, y, ys, Bfgs.CURVATURE_EPSILON)) {
                return;
            }
            newest = (newest + 1) % memory;
            int off = newest * n;
            System.arraycopy(s, 0, sHistory, off, n);
            System.arraycopy(y, 0, yHistory, off, n);
            rho[newest] = 1.0 / ys;
            gamma = ys / VectorOps.dot(y, y);
            if (count < memory) {
                count++;
            }
        }
    }
}
