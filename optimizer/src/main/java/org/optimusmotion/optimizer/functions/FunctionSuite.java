package org.optimusmotion.optimizer.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The Optimus benchmark suite of shifted test functions (Optimus paper protocol; see
 * {@code package-info} for the choices and their reasons).
 *
 * <p>Fifteen functions: the eight the paper names ({@link #FUNCTIONS} starts with them) plus the seven
 * d-dimensional SFU functions with a closed-form minimum that stay finite in high dimension.
 * Each problem is {@code f(x - c)} with {@code c_i ~ U[-r, r]}, {@code r = }{@link #SHIFT_FRACTION}
 * {@code × (high - low)/2} of the suite domain, and a start {@code x0} drawn uniformly where both
 * {@code x0} and {@code x0 - c} lie in the suite domain. Everything is a pure function of the seeds.
 */
public final class FunctionSuite {

    /** The 15 suite functions; the first 8 are those named in the Optimus paper. */
    public static final List<TestFunction> FUNCTIONS = List.of(
            TestFunctions.ACKLEY, TestFunctions.GRIEWANK, TestFunctions.LEVY, TestFunctions.RASTRIGIN,
            TestFunctions.ROSENBROCK, TestFunctions.DIXON_PRICE, TestFunctions.POWELL, TestFunctions.PERM0,
            TestFunctions.SCHWEFEL, TestFunctions.SPHERE, TestFunctions.SUM_SQUARES,
            TestFunctions.ROTATED_HYPER_ELLIPSOID, TestFunctions.SUM_DIFFERENT_POWERS, TestFunctions.ZAKHAROV,
            TestFunctions.STYBLINSKI_TANG);

    /** Test dimensions of the paper: 15 functions × 3 = 45 test problems. */
    private static final int[] DEFAULT_TEST_DIMENSIONS = {250, 500, 1000};

    /** Smallest test dimension accepted: every suite function is defined there (Powell needs 4). */
    public static final int MIN_TEST_DIMENSION = 4;

    /** Training dimensions are drawn log-uniformly from {@code [TRAINING_MIN_DIMENSION, TRAINING_MAX_DIMENSION]}. */
    public static final int TRAINING_MIN_DIMENSION = 2;

    /** Upper end (inclusive) of the training dimensions. */
    public static final int TRAINING_MAX_DIMENSION = 100;

    /** Shift half-range as a fraction of the domain half-width (PAPERS.md C.4: 10–20 %). */
    public static final double SHIFT_FRACTION = 0.15;

    /** Suite box for Perm 0,d,β: the standard {@code [-n, n]} overflows to infinity for n ≳ 100. */
    public static final double PERM_SUITE_BOUND = 1.0;

    private FunctionSuite() {
    }

    /** The default test dimensions {250, 500, 1000} (a new array). */
    public static int[] defaultTestDimensions() {
        return DEFAULT_TEST_DIMENSIONS.clone();
    }

    /** Lower bound of the suite domain: the standard domain, except {@code [-1, 1]} for perm0. */
    public static double domainLow(TestFunction function, int n) {
        return function == TestFunctions.PERM0 ? -PERM_SUITE_BOUND : function.domainLow(n);
    }

    /** Upper bound of the suite domain: the standard domain, except {@code [-1, 1]} for perm0. */
    public static double domainHigh(TestFunction function, int n) {
        return function == TestFunctions.PERM0 ? PERM_SUITE_BOUND : function.domainHigh(n);
    }

    /** The 45 default test problems: {@code test(seed, defaultTestDimensions())}. */
    public static List<SuiteProblem> test(long seed) {
        return test(seed, DEFAULT_TEST_DIMENSIONS);
    }

    /**
     * The test problems: every suite function in every dimension of {@code dims}, function-major
     * (all dims of {@code ackley} first), with ids {@code <name>_n<dim>_s<seed>}. Each problem's
     * shift and start depend only on (seed, function name, dimension).
     *
     * @param dims test dimensions, each >= {@link #MIN_TEST_DIMENSION}; the default is
     *             {@link #defaultTestDimensions()}
     */
    public static List<SuiteProblem> test(long seed, int[] dims) {
        for (int d : dims) {
            if (d < MIN_TEST_DIMENSION) {
                throw new IllegalArgumentException("test dimension " + d + " is below the minimum " + MIN_TEST_DIMENSION);
            }
        }
        List<SuiteProblem> out = new ArrayList<>(FUNCTIONS.size() * dims.length);
        for (TestFunction f : FUNCTIONS) {
            for (int d : dims) {
                long problemSeed = mix(mix(seed ^ mix(f.name().hashCode())) + d);
                out.add(create(f, d, problemSeed, f.name() + "_n" + d + "_s" + seed));
            }
        }
        return List.copyOf(out);
    }

    /**
     * One random training problem: function uniform over the 15; dimension log-uniform over
     * {@code [2, 100]} ({@code d = ⌊exp(U[ln 2, ln 101))⌋}, so small dimensions are as common per octave
     * as large ones), raised to the function's minimum dimension (Powell: 4); fresh shift and start.
     * Consumes a fixed number of draws from {@code rng}.
     */
    public static SuiteProblem sampleTraining(SplittableRandom rng) {
        TestFunction f = FUNCTIONS.get(rng.nextInt(FUNCTIONS.size()));
        double logLo = Math.log(TRAINING_MIN_DIMENSION);
        double logHi = Math.log(TRAINING_MAX_DIMENSION + 1.0);
        int d = (int) Math.floor(Math.exp(logLo + rng.nextDouble() * (logHi - logLo)));
        d = Math.min(TRAINING_MAX_DIMENSION, Math.max(d, Math.max(TRAINING_MIN_DIMENSION, f.minDimension())));
        long problemSeed = rng.nextLong();
        return create(f, d, problemSeed, f.name() + "_n" + d + "_r" + Long.toHexString(problemSeed));
    }

    /**
     * Problems for tuning baselines: for each suite function, {@code perFunction} problems at training
     * dimensions spread log-uniformly over {@code [2, 100]} (deterministic: {@code 2, ..., 100} in equal
     * log steps, raised to the function's minimum dimension), each with its own shift and start from
     * {@code seed}. Ids {@code <name>_n<dim>_t<k>}.
     */
    public static List<SuiteProblem> tuning(long seed, int perFunction) {
        if (perFunction < 1) {
            throw new IllegalArgumentException("perFunction = " + perFunction + " must be >= 1");
        }
        List<SuiteProblem> out = new ArrayList<>(FUNCTIONS.size() * perFunction);
        double logLo = Math.log(TRAINING_MIN_DIMENSION);
        double logHi = Math.log(TRAINING_MAX_DIMENSION);
        for (TestFunction f : FUNCTIONS) {
            for (int k = 0; k < perFunction; k++) {
                double t = perFunction == 1 ? 1.0 : (double) k / (perFunction - 1);
                int d = (int) Math.round(Math.exp(logLo + t * (logHi - logLo)));
                d = Math.max(d, f.minDimension());
                long problemSeed = mix(mix(seed ^ mix(f.name().hashCode())) + 1000L * k + d);
                out.add(create(f, d, problemSeed, f.name() + "_n" + d + "_t" + k));
            }
        }
        return List.copyOf(out);
    }

    /** {@code count} training problems from {@link #sampleTraining} with {@code new SplittableRandom(seed)}. */
    public static List<SuiteProblem> training(long seed, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count = " + count + " must be >= 0");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        List<SuiteProblem> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(sampleTraining(rng));
        }
        return List.copyOf(out);
    }

    /**
     * Builds one shifted problem from its own seed: {@code c_i ~ U[-r, r]} with r = 15 % of the suite
     * domain's half-width, then {@code x0_i ~ U[max(lo, lo + c_i), min(hi, hi + c_i)]}, so that both the
     * start and its unshifted image {@code x0 - c} lie in {@code [lo, hi]}.
     */
    public static SuiteProblem create(TestFunction function, int n, long problemSeed, String id) {
        SplittableRandom rng = new SplittableRandom(problemSeed);
        double lo = domainLow(function, n);
        double hi = domainHigh(function, n);
        double r = SHIFT_FRACTION * 0.5 * (hi - lo);
        double[] shift = new double[n];
        double[] x0 = new double[n];
        for (int i = 0; i < n; i++) {
            shift[i] = -r + 2.0 * r * rng.nextDouble();
        }
        for (int i = 0; i < n; i++) {
            double a = Math.max(lo, lo + shift[i]);
            double b = Math.min(hi, hi + shift[i]);
            x0[i] = a + (b - a) * rng.nextDouble();
        }
        return new SuiteProblem(id, function, n, shift, x0, function.minimumValue(n));
    }

    /** SplitMix64 finalizer: decorrelates nearby seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
