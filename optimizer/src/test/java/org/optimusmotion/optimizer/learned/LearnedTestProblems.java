package org.optimusmotion.optimizer.learned;

import org.optimusmotion.optimizer.CountingProblem;
import org.optimusmotion.optimizer.Problem;

/** Small problems for the learned-optimizer tests. */
final class LearnedTestProblems {

    private LearnedTestProblems() {
    }

    /** f(x) = ½ Σ h_i (x_i − c_i)² + 0.1 Σ (x_i − c_i)⁴ (non-quadratic, so curvature changes). */
    static Problem quartic(double[] h, double[] c) {
        int n = h.length;
        return new CountingProblem() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            protected double compute(double[] x, double[] gradient) {
                double f = 0;
                for (int i = 0; i < n; i++) {
                    double d = x[i] - c[i];
                    f += 0.5 * h[i] * d * d + 0.1 * d * d * d * d;
                    if (gradient != null) {
                        gradient[i] = h[i] * d + 0.4 * d * d * d;
                    }
                }
                return f;
            }
        };
    }
}
