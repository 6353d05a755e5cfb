package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.OptimizerRun;
import org.optimusmotion.optimizer.Problem;
import org.optimusmotion.optimizer.StepStatus;
import org.optimusmotion.optimizer.classic.linesearch.LineSearchResult;
import org.optimusmotion.optimizer.classic.linesearch.LineSearchStatus;
import org.optimusmotion.optimizer.classic.linesearch.StrongWolfeLineSearch;

/**
 * Shared iteration of BFGS and L-BFGS: direction {@code d = −H g} from the subclass's inverse-Hessian
 * approximation, a {@link StrongWolfeLineSearch} along d, then the subclass's update with
 * {@code s = x₊ − x}, {@code y = g₊ − g}.
 *
 * <p><b>Failures.</b> If d is not a descent direction, or the line search fails, the approximation is
 * reset to the identity and the step is retried once along {@code −g}. If that fails too, the
 * iterate is left unchanged and the step reports {@link StepStatus#NUMERICAL_FAILURE} when non-finite
 * values were involved, else {@link StepStatus#CONVERGED} (no acceptable decrease can be found at
 * working precision, SciPy's "precision loss"). A zero gradient, or one with max-norm at or below
 * the gradient tolerance, reports CONVERGED without evaluating.
 *
 * <p><b>Initial step.</b> The line search starts at α₀ = 1, the natural quasi-Newton step (N&amp;W
 * §3.5), except on a step from the identity (the first step, or after a reset), where d = −g has no
 * scale and α₀ = min(1, 1.01/‖g‖₂) (SciPy's first step; N&amp;W eq. 3.60 with f₋₁ = f₀ + ‖g₀‖/2).
 * SciPy's BFGS keeps interpolating α₀ = min(1, 1.01·2(f_k − f_{k−1})/φ'(0)) on later steps too; on
 * Rosenbrock (n = 2 … 1000) α₀ = 1 needed 1–5% fewer evaluations, so we do not.
 *
 * <p>Workspaces are allocated at start; {@link #step()} does not allocate. Not thread-safe.
 */
abstract class QuasiNewtonRun implements OptimizerRun {

    /** First trial step from the identity is {@code min(1, FIRST_STEP_SCALE/‖g‖₂)} (SciPy's 1.01). */
    static final double FIRST_STEP_SCALE = 1.01;

    private final Problem problem;
    private final StrongWolfeLineSearch lineSearch;
    private final double gradientTolerance;
    /** Current iterate and its gradient, length n. */
    private final double[] x;
    private final double[] gradient;
    /** Search direction d, step s and gradient change y, length n. */
    private final double[] direction;
    private final double[] s;
    private final double[] y;
    private final LineSearchResult search;
    private double value;
    private int iterations;
    /** True while the approximation is the (unscaled) identity: the next step is steepest descent. */
    private boolean atIdentity = true;

    QuasiNewtonRun(Problem problem, double[] x0, StrongWolfeLineSearch lineSearch, double gradientTolerance) {
        int n = problem.dimension();
        if (x0.length != n) {
            throw new IllegalArgumentException("x0 has length " + x0.length + " but the problem has dimension " + n);
        }
        this.problem = problem;
        this.lineSearch = lineSearch;
        this.gradientTolerance = gradientTolerance;
        this.x = x0.clone();
        this.gradient = new double[n];
        this.direction = new double[n];
        this.s = new double[n];
        this.y = new double[n];
        this.search = new LineSearchResult(n);
        this.value = problem.evaluate(x, gradient);
    }

    /** Writes {@code d = −H g} into {@code direction}. Modified: direction only. */
    protected abstract void computeDirection(double[] gradient, double[] direction);

    /** Sets the approximation back to the identity (and forgets any scaling). */
    protected abstract void resetToIdentity();

    /**
     * Incorporates the pair (s, y); implementations skip pairs with too little curvature.
     *
     * @param s  step {@code x₊ − x}. Not modified.
     * @param y  gradient change {@code g₊ − g}. Not modified.
     * @param ys {@code y·s}
     */
    protected abstract void update(double[] s, double[] y, double ys);

    /** First trial step for the line search (see the class comment). */
    private double initialStep() {
        if (!atIdentity) {
            return 1.0;
        }
        double alpha = FIRST_STEP_SCALE / Math.sqrt(VectorOps.dot(gradient, gradient));
        return alpha > 0 && Double.isFinite(alpha) ? Math.min(1.0, alpha) : 1.0;
    }

    @Override
    public final StepStatus step() {
        int n = x.length;
        if (!Double.isFinite(value) || !VectorOps.allFinite(gradient)) {
            return StepStatus.NUMERICAL_FAILURE;
        }
        double gNorm = VectorOps.normInf(gradient);
        if (gNorm == 0 || gNorm <= gradientTolerance) {
            return StepStatus.CONVERGED;
        }
        boolean sawNonFinite = false;
        for (int attempt = 0; attempt < 2; attempt++) {
            if (attempt == 0) {
                computeDirection(gradient, direction);
            } else {
                // Retry once as steepest descent from a fresh identity approximation.
                resetToIdentity();
                atIdentity = true;
                for (int i = 0; i < n; i++) {
                    direction[i] = -gradient[i];
                }
            }
            double derphi0 = VectorOps.dot(gradient, direction);
            if (!(derphi0 < 0)) {
                continue;
            }
            LineSearchStatus status = lineSearch.search(problem, x, value, gradient, direction,
                    initialStep(), search);
            if (status == LineSearchStatus.SUCCESS) {
                accept();
                return StepStatus.PROGRESS;
            }
            sawNonFinite |= status == LineSearchStatus.FAILED_NON_FINITE;
            if (atIdentity && attempt == 0) {
                // Already steepest descent from the identity: a retry would repeat the same search.
                break;
            }
        }
        return sawNonFinite ? StepStatus.NUMERICAL_FAILURE : StepStatus.CONVERGED;
    }

    private void accept() {
        int n = x.length;
        double[] xNew = search.xRef();
        double[] gNew = search.gradientRef();
        double ys = 0;
        for (int i = 0; i < n; i++) {
            double si = xNew[i] - x[i];
            double yi = gNew[i] - gradient[i];
            s[i] = si;
            y[i] = yi;
            ys += yi * si;
        }
        System.arraycopy(xNew, 0, x, 0, n);
        System.arraycopy(gNew, 0, gradient, 0, n);
        value = search.value();
        iterations++;
        update(s, y, ys);
        atIdentity = false;
    }

    /** True when {@code ys} is too small for a safe update: {@code ys <= eps·‖s‖‖y‖} (or not finite). */
    static boolean tooLittleCurvature(double[] s, double[] y, double ys, double eps) {
        double ss = VectorOps.dot(s, s);
        double yy = VectorOps.dot(y, y);
        return !(ys > eps * Math.sqrt(ss * yy)) || !Double.isFinite(ys);
    }

    @Override
    public final double[] xRef() {
        return x;
    }

    @Override
    public final double value() {
        return value;
    }

    @Override
    public final int iterations() {
        return iterations;
    }
}
