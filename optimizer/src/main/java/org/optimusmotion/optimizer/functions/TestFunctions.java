package org.optimusmotion.optimizer.functions;

import java.util.List;

/**
 * Registry of the classic test functions by their command-line names. Names are parsed here once, at
 * the CLI/file boundary; code inside the program holds {@link TestFunction} instances.
 */
public final class TestFunctions {

    public static final TestFunction ACKLEY = new Ackley();
    public static final TestFunction GRIEWANK = new Griewank();
    public static final TestFunction LEVY = new Levy();
    public static final TestFunction RASTRIGIN = new Rastrigin();
    public static final TestFunction ROSENBROCK = new Rosenbrock();
    public static final TestFunction DIXON_PRICE = new DixonPrice();
    public static final TestFunction POWELL = new Powell();
    public static final TestFunction PERM0 = new Perm0();
    public static final TestFunction SPHERE = new Sphere();
    public static final TestFunction SUM_SQUARES = new SumSquares();
    public static final TestFunction ROTATED_HYPER_ELLIPSOID = new RotatedHyperEllipsoid();
    public static final TestFunction STYBLINSKI_TANG = new StyblinskiTang();
    public static final TestFunction ZAKHAROV = new Zakharov();
    public static final TestFunction TRID = new Trid();
    public static final TestFunction SCHWEFEL = new Schwefel();
    public static final TestFunction MICHALEWICZ = new Michalewicz();
    public static final TestFunction SUM_DIFFERENT_POWERS = new SumDifferentPowers();

    private static final List<TestFunction> ALL = List.of(
            ACKLEY, GRIEWANK, LEVY, RASTRIGIN, ROSENBROCK, DIXON_PRICE, POWELL, PERM0,
            SPHERE, SUM_SQUARES, ROTATED_HYPER_ELLIPSOID, STYBLINSKI_TANG, ZAKHAROV, TRID,
            SCHWEFEL, MICHALEWICZ, SUM_DIFFERENT_POWERS);

    private TestFunctions() {
    }

    /** All 17 functions, in a fixed order (the order of issue 2's list). Immutable. */
    public static List<TestFunction> all() {
        return ALL;
    }

    /** The names of {@link #all()}, comma-separated, for messages. */
    public static String validNames() {
        StringBuilder sb = new StringBuilder();
        for (TestFunction f : ALL) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(f.name());
        }
        return sb.toString();
    }

    /**
     * The function with this exact (case-sensitive) command-line name.
     *
     * @throws IllegalArgumentException naming the unknown name and listing the valid ones
     */
    public static TestFunction byName(String name) {
        for (TestFunction f : ALL) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown test function '" + name + "'; valid names: " + validNames());
    }
}
