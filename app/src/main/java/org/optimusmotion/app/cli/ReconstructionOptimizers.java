package org.optimusmotion.app.cli;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerSpecParser;

/**
 * The one place that maps an optimizer name given to {@code reconstruct} and {@code compare} to an
 * {@link Optimizer}: classic specs ({@code bfgs}, {@code lbfgs:m=20}, {@code adam:lr=0.01}, see
 * {@link OptimizerSpecParser}) and, once it ships, the learned optimizer {@value #LEARNED}.
 */
final class ReconstructionOptimizers {

    /** Name of the learned optimizer (Optimus). */
    static final String LEARNED = "optimus";

    private ReconstructionOptimizers() {
    }

    /** The optimizer for a name or spec; a {@link UserError} naming the spec for anything unknown. */
    static Optimizer byName(String spec) {
        String name = spec.trim();
        if (name.equalsIgnoreCase(LEARNED) || name.toLowerCase(java.util.Locale.ROOT).startsWith(LEARNED + ":")) {
            // Hook for the learned optimizer: load its shipped weights here when they exist.
            throw new UserError("optimizer '" + LEARNED + "' (the learned optimizer) is not available in this build yet;"
                    + " use bfgs, lbfgs, adam, gd or gdm");
        }
        try {
            return OptimizerSpecParser.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
