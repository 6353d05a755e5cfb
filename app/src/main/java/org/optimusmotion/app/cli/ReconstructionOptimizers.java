package org.optimusmotion.app.cli;

import org.optimusmotion.app.fit.ReconstructionWeights;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerSpecParser;

/**
 * The one place that maps an optimizer name given to {@code reconstruct} and {@code compare} to an
 * {@link Optimizer}: classic specs ({@code bfgs}, {@code lbfgs:m=20}, {@code adam:lr=0.01}, see
 * {@link OptimizerSpecParser}) and the learned optimizer {@value #LEARNED} with the weights that
 * {@link ReconstructionWeights} selects (the same as the desktop app's; physics-trained ones when
 * shipped). Says on stderr which weights file it loaded.
 */
final class ReconstructionOptimizers {

    /** Name of the learned optimizer (Optimus). */
    static final String LEARNED = "optimus";

    private ReconstructionOptimizers() {
    }

    /** The optimizer for a name or spec; a {@link UserError} naming the spec for anything unknown. */
    static Optimizer byName(String spec) {
        String name = spec.trim();
        if (name.equalsIgnoreCase(LEARNED)) {
            try {
                ReconstructionWeights.Selected weights = ReconstructionWeights.selected();
                System.err.println("optimus: Optimus weights " + weights.description());
                return weights.optimizer();
            } catch (java.io.IOException e) {
                throw new UserError("cannot load the Optimus weights: " + e.getMessage(), e);
            }
        }
        try {
            return OptimizerSpecParser.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
