package org.optimusmotion.app.cli;

import java.io.IOException;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.benchmark.Contender;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;

/** Learned optimizers as benchmark contenders, loaded from the shipped weights (assets/weights). */
final class LearnedContenders {

    private LearnedContenders() {
    }

    private static final String DESCENT_SUFFIX = ":descent=";

    /**
     * {@code optimus} or {@code adafactor-mlp} with the shipped weights, optionally with a descent safeguard
     * ({@code optimus:descent=3}, {@link org.optimusmotion.optimizer.learned.LearnedRun#step(double[], int)});
     * anything else is a user error.
     */
    static Contender contender(String name) {
        int at = name.indexOf(DESCENT_SUFFIX);
        String id = at < 0 ? name : name.substring(0, at);
        int halvings = 0;
        LearnedOptimizerKind kind;
        try {
            kind = LearnedOptimizerKind.fromId(id);
            if (at >= 0) {
                halvings = Integer.parseInt(name.substring(at + DESCENT_SUFFIX.length()).trim());
                if (halvings < 0 || halvings > LearnedOptimizer.MAX_STEP_TRIALS) {
                    throw new IllegalArgumentException("descent out of range");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown optimizer '" + name
                    + "'; valid: gd, gdm, adam, bfgs, lbfgs, optimus, adafactor-mlp (learned ones may end in :descent=N, N in [0, "
                    + LearnedOptimizer.MAX_STEP_TRIALS + "])");
        }
        Optimizer optimizer;
        try {
            optimizer = LearnedOptimizers.shipped(LearnedContenders.class, kind).optimizer(halvings);
        } catch (IOException e) {
            throw new UserError("cannot load the shipped " + name + " weights: " + e.getMessage(), e);
        }
        // one immutable, thread-safe optimizer serves every problem
        return new Contender(name, false, problem -> optimizer);
    }
}
