package org.optimusmotion.optimizer.classic;

import org.optimusmotion.optimizer.Optimizer;

/**
 * The classic optimizers by command-line name. Strings are converted here, at the boundary; the rest
 * of the code passes the enum or the optimizer records ({@link GradientDescent},
 * {@link GradientDescentMomentum}, {@link Adam}, {@link Bfgs}, {@link Lbfgs}).
 */
public enum OptimizerKind {
    GD("gd", true),
    GDM("gdm", true),
    ADAM("adam", true),
    BFGS("bfgs", false),
    LBFGS("lbfgs", false);

    private final String cliName;
    private final boolean firstOrder;

    OptimizerKind(String cliName, boolean firstOrder) {
        this.cliName = cliName;
        this.firstOrder = firstOrder;
    }

    /** Command-line name: {@code gd, gdm, adam, bfgs, lbfgs}. */
    public String cliName() {
        return cliName;
    }

    /**
     * True for the fixed-learning-rate first-order methods (GD, GD-M, Adam): the "first-order
     * baselines" of the benchmark, whose learning rate is tuned per function.
     */
    public boolean usesLearningRate() {
        return firstOrder;
    }

    /** The optimizer with its default hyperparameters. */
    public Optimizer withDefaults() {
        return switch (this) {
            case GD -> new GradientDescent(GradientDescent.DEFAULT_LEARNING_RATE);
            case GDM -> new GradientDescentMomentum(GradientDescentMomentum.DEFAULT_LEARNING_RATE,
                    GradientDescentMomentum.DEFAULT_MOMENTUM);
            case ADAM -> Adam.withLearningRate(Adam.DEFAULT_LEARNING_RATE);
            case BFGS -> Bfgs.defaults();
            case LBFGS -> Lbfgs.defaults();
        };
    }

    /**
     * The optimizer with learning rate {@code learningRate} and other hyperparameters at their
     * defaults.
     *
     * @throws IllegalArgumentException for BFGS and L-BFGS, which have no learning rate
     */
    public Optimizer withLearningRate(double learningRate) {
        return switch (this) {
            case GD -> new GradientDescent(learningRate);
            case GDM -> new GradientDescentMomentum(learningRate, GradientDescentMomentum.DEFAULT_MOMENTUM);
            case ADAM -> Adam.withLearningRate(learningRate);
            case BFGS, LBFGS -> throw new IllegalArgumentException(cliName + " has no learning rate");
        };
    }

    /**
     * Parses a command-line name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the valid names
     */
    public static OptimizerKind fromCliName(String name) {
        for (OptimizerKind kind : values()) {
            if (kind.cliName.equalsIgnoreCase(name.trim())) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "'; valid: " + validNames());
    }

    /** {@code "gd, gdm, adam, bfgs, lbfgs"}. */
    public static String validNames() {
        StringBuilder sb = new StringBuilder();
        for (OptimizerKind kind : values()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(kind.cliName);
        }
        return sb.toString();
    }
}
