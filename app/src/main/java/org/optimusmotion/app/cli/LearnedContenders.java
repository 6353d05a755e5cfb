package org.optimusmotion.app.cli;

import java.io.IOException;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.benchmark.Contender;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;

/** Learned optimizers as benchmark contenders, loaded from the shipped weights (assets/weights). */
final class LearnedContenders {

    private LearnedContenders() {
    }

    /** {@code optimus} or {@code adafactor-mlp} with the shipped weights; anything else is a user error. */
    static Contender contender(String name) {
        LearnedOptimizerKind kind;
        try {
            kind = LearnedOptimizerKind.fromId(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown optimizer '" + name
                    + "'; valid: gd, gdm, adam, bfgs, lbfgs, optimus, adafactor-mlp");
        }
        Optimizer optimizer;
        try {
            optimizer = LearnedOptimizers.shipped(LearnedContenders.class, kind).optimizer();
        } catch (IOException e) {
            throw new UserError("cannot load the shipped " + name + " weights: " + e.getMessage(), e);
        }
        // one immutable, thread-safe optimizer serves every problem
        return new Contender(name, false, problem -> optimizer);
    }
}
