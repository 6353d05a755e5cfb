package org.optimusmotion.app.cli;

import org.optimusmotion.optimizer.benchmark.Contender;

/** Learned optimizers as benchmark contenders, loaded from the shipped weights. */
final class LearnedContenders {

    private LearnedContenders() {
    }

    static Contender contender(String name) {
        throw new UserError("unknown optimizer '" + name + "'; valid: gd, gdm, adam, bfgs, lbfgs");
    }
}
