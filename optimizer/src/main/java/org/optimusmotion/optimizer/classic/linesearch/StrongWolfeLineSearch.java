package org.optimusmotion.optimizer.classic.linesearch;

import org.optimusmotion.optimizer.Problem;

/**
 * Line search for a step length α along a descent direction d that satisfies the strong-Wolfe
 * conditions
 * <pre>
 *   φ(α) <= φ(0) + c1 α φ'(0)        (sufficient decrease, Armijo)
 *   |φ'(α)| <= c2 |φ'(0)|            (curvature)
 * </pre>
 * where {@code φ(α) = f(x + α d)}. Implements Nocedal &amp; Wright, <i>Numerical Optimization</i>,
 * 2nd ed., Algorithm 3.5 (bracketing, doubling the step) and Algorithm 3.6 (zoom) with safeguarded
 * cubic interpolation, falling back to quadratic interpolation and bisection (the same safeguards as
 * SciPy's {@code scalar_search_wolfe2}: a cubic trial within 20% of an end of the bracket, or a
 * quadratic one within 10%, is replaced).
 *
 * <p>Every trial point is exactly one {@link Problem#evaluate} call with the gradient (value and
 * gradient come together), so all line-search work is counted by the problem.
 *
 * <p><b>NaN/Inf.</b> A trial point whose value or gradient is not finite is treated as violating the
 * sufficient-decrease condition ("too far"): it becomes the upper end of the bracket, and since an
 * interpolant through an infinite value is rejected, the next trial bisects towards the last good
 * step. A non-finite point is never returned as accepted.
 *
 * <p>Immutable and thread-safe; all mutable state is in the caller's {@link LineSearchResult}.
 * {@link #search} does not allocate.
 *
 * @param c1             sufficient-decrease constant, in (0, c2)
 * @param c2             curvature constant, in (c1, 1)
 * @param maxEvaluations most problem evaluations one search may make, at least 1
 */
public record StrongWolfeLineSearch(double c1, double c2, int maxEvaluations) {

    public static final double DEFAULT_C1 = 1e-4;
    public static final double DEFAULT_C2 = 0.9;
    public static final int DEFAULT_MAX_EVALUATIONS = 30;
    /** The bracketing phase stops growing the step here (α doubles each time). */
    public static final double MAX_STEP = 1e10;
    /** Cubic trial rejected when closer than this fraction of the bracket to either end. */
    private static final double CUBIC_MARGIN = 0.2;
    /** Quadratic trial rejected when closer than this fraction of the bracket to either end. */
    private static final double QUADRATIC_MARGIN = 0.1;

    public StrongWolfeLineSearch {
        if (!(c1 > 0 && c1 < 1)) {
            throw new IllegalArgumentException("c1 must be in (0, 1), was " + c1);
        }
        if (!(c2 > c1 && c2 < 1)) {
            throw new IllegalArgumentException("c2 must be in (c1, 1) = (" + c1 + ", 1), was " + c2);
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be >= 1, was " + maxEvaluations);
        }
    }

    /** c1 = 1e-4, c2 = 0.9 (the usual quasi-Newton choice, N&amp;W p. 142), 30 evaluations. */
    public static StrongWolfeLineSearch defaults() {
        return new StrongWolfeLineSearch(DEFAULT_C1, DEFAULT_C2, DEFAULT_MAX_EVALUATIONS);
    }

    /**
     * Searches along {@code direction} from {@code x}.
     *
     * @param problem     the objective; every trial is one counted evaluation
     * @param x           start point, length n. Not modified.
     * @param f0          {@code f(x)}, finite
     * @param g0          {@code ∇f(x)}, length n. Not modified.
     * @param direction   search direction d, length n. Not modified.
     * @param initialStep first trial α (> 0; anything else is replaced by 1)
     * @param out         receives the status, the accepted step and point; Modified
     * @return the status, also in {@code out.status()}
     */
    public LineSearchStatus search(Problem problem, double[] x, double f0, double[] g0, double[] direction,
                                   double initialStep, LineSearchResult out) {
        int n = x.length;
        if (out.dimension() != n || g0.length != n || direction.length != n) {
            throw new IllegalArgumentException("dimension mismatch: x " + n + ", g0 " + g0.length
                    + ", direction " + direction.length + ", workspace " + out.dimension());
        }
        out.reset();
        double derphi0 = 0;
        for (int i = 0; i < n; i++) {
            derphi0 += g0[i] * direction[i];
        }
        if (!(derphi0 < 0) || !Double.isFinite(f0)) {
            out.finish(LineSearchStatus.NOT_DESCENT, 0, Double.NaN, Double.NaN);
            return LineSearchStatus.NOT_DESCENT;
        }
        boolean sawNonFinite = false;
        double alphaPrev = 0;
        double phiPrev = f0;
        double derPrev = derphi0;
        double alpha = initialStep > 0 && Double.isFinite(initialStep) ? Math.min(initialStep, MAX_STEP) : 1.0;
        // Algorithm 3.5: grow the step until the minimizer is bracketed or a Wolfe point is hit.
        for (int i = 0; ; i++) {
            if (out.evaluations() >= maxEvaluations) {
                return fail(out, sawNonFinite);
            }
            double phi = trial(problem, x, direction, alpha, out);
            double der = out.trialDerivative;
            if (!(Double.isFinite(phi) && Double.isFinite(der))) {
                sawNonFinite = true;
                return zoom(problem, x, direction, f0, derphi0, alphaPrev, alpha, phiPrev, Double.POSITIVE_INFINITY,
                        derPrev, true, out);
            }
            if (phi > f0 + c1 * alpha * derphi0 || (i > 0 && phi >= phiPrev)) {
                return zoom(problem, x, direction, f0, derphi0, alphaPrev, alpha, phiPrev, phi, derPrev,
                        sawNonFinite, out);
            }
            if (Math.abs(der) <= -c2 * derphi0) {
                out.finish(LineSearchStatus.SUCCESS, alpha, phi, der);
                return LineSearchStatus.SUCCESS;
            }
            if (der >= 0) {
                return zoom(problem, x, direction, f0, derphi0, alpha, alphaPrev, phi, phiPrev, der,
                        sawNonFinite, out);
            }
            if (alpha >= MAX_STEP) {
                return fail(out, sawNonFinite);
            }
            alphaPrev = alpha;
            phiPrev = phi;
            derPrev = der;
            alpha = Math.min(2 * alpha, MAX_STEP);
        }
    }

    /**
     * Algorithm 3.6. Invariants: the bracket between {@code aLo} and {@code aHi} contains Wolfe steps;
     * {@code aLo} has the lowest value seen that satisfies sufficient decrease; {@code derLo·(aHi - aLo) < 0}.
     */
    private LineSearchStatus zoom(Problem problem, double[] x, double[] direction, double f0, double derphi0,
                                  double aLo, double aHi, double phiLo, double phiHi, double derLo,
                                  boolean sawNonFinite, LineSearchResult out) {
        // Third point for the cubic: the previous aHi (or aLo), starting at 0.
        double aRec = 0;
        double phiRec = f0;
        for (int i = 0; ; i++) {
            if (out.evaluations() >= maxEvaluations) {
                return fail(out, sawNonFinite);
            }
            double width = Math.abs(aHi - aLo);
            double left = Math.min(aLo, aHi);
            double right = Math.max(aLo, aHi);
            double aj = Double.NaN;
            if (i > 0) {
                double margin = CUBIC_MARGIN * width;
                aj = cubicMinimizer(aLo, phiLo, derLo, aHi, phiHi, aRec, phiRec);
                if (!(aj >= left + margin && aj <= right - margin)) {
                    aj = Double.NaN;
                }
            }
            if (Double.isNaN(aj)) {
                double margin = QUADRATIC_MARGIN * width;
                aj = quadraticMinimizer(aLo, phiLo, derLo, aHi, phiHi);
                if (!(aj >= left + margin && aj <= right - margin)) {
                    aj = aLo + 0.5 * (aHi - aLo);
                }
            }
            if (aj == aLo || aj == aHi) {
                // The bracket has shrunk to adjacent doubles: no further progress is possible.
                return fail(out, sawNonFinite);
            }
            double phi = trial(problem, x, direction, aj, out);
            double der = out.trialDerivative;
            boolean finite = Double.isFinite(phi) && Double.isFinite(der);
            if (!finite) {
                sawNonFinite = true;
                phi = Double.POSITIVE_INFINITY;
            }
            if (!finite || phi > f0 + c1 * aj * derphi0 || phi >= phiLo) {
                aRec = aHi;
                phiRec = phiHi;
                aHi = aj;
                phiHi = phi;
            } else {
                if (Math.abs(der) <= -c2 * derphi0) {
                    out.finish(LineSearchStatus.SUCCESS, aj, phi, der);
                    return LineSearchStatus.SUCCESS;
                }
                if (der * (aHi - aLo) >= 0) {
                    aRec = aHi;
                    phiRec = phiHi;
                    aHi = aLo;
                    phiHi = phiLo;
                } else {
                    aRec = aLo;
                    phiRec = phiLo;
                }
                aLo = aj;
                phiLo = phi;
                derLo = der;
            }
        }
    }

    private static LineSearchStatus fail(LineSearchResult out, boolean sawNonFinite) {
        LineSearchStatus status = sawNonFinite ? LineSearchStatus.FAILED_NON_FINITE : LineSearchStatus.FAILED;
        out.finish(status, 0, Double.NaN, Double.NaN);
        return status;
    }

    /** Evaluates φ(α) and φ'(α) into the workspace: one counted problem evaluation. */
    private static double trial(Problem problem, double[] x, double[] direction, double alpha, LineSearchResult out) {
        double[] xt = out.xWork();
        double[] gt = out.gradientWork();
        int n = xt.length;
        for (int i = 0; i < n; i++) {
            xt[i] = x[i] + alpha * direction[i];
        }
        double phi = problem.evaluate(xt, gt);
        out.addEvaluation();
        double der = 0;
        for (int i = 0; i < n; i++) {
            der += gt[i] * direction[i];
        }
        out.trialDerivative = der;
        return phi;
    }

    /**
     * Minimizer of the cubic through (a, fa) with slope fpa at a, (b, fb) and (c, fc); NaN if it has
     * none or the data are degenerate. (N&amp;W eq. 3.59's cubic, in SciPy's {@code _cubicmin} form.)
     */
    static double cubicMinimizer(double a, double fa, double fpa, double b, double fb, double c, double fc) {
        double db = b - a;
        double dc = c - a;
        double denom = (db * dc) * (db * dc) * (db - dc);
        if (denom == 0 || !Double.isFinite(denom)) {
            return Double.NaN;
        }
        double rb = fb - fa - fpa * db;
        double rc = fc - fa - fpa * dc;
        // [A; B] = [[dc², -db²], [-dc³, db³]] [rb; rc] / denom  gives  f(a+t) = fa + fpa t + B t² + A t³
        double capA = (dc * dc * rb - db * db * rc) / denom;
        double capB = (-dc * dc * dc * rb + db * db * db * rc) / denom;
        double radical = capB * capB - 3 * capA * fpa;
        if (!(radical >= 0) || capA == 0) {
            return Double.NaN;
        }
        double xmin = a + (-capB + Math.sqrt(radical)) / (3 * capA);
        return Double.isFinite(xmin) ? xmin : Double.NaN;
    }

    /** Minimizer of the quadratic through (a, fa) with slope fpa at a and (b, fb); NaN if none. */
    static double quadraticMinimizer(double a, double fa, double fpa, double b, double fb) {
        double db = b - a;
        double capB = (fb - fa - fpa * db) / (db * db);
        if (!(capB > 0) || !Double.isFinite(capB)) {
            return Double.NaN;
        }
        double xmin = a - fpa / (2 * capB);
        return Double.isFinite(xmin) ? xmin : Double.NaN;
    }
}
