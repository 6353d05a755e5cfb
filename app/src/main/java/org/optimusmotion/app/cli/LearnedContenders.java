package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Path;

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
    private static final String WEIGHTS_PREFIX = "optimus:weights=";
    /** After the file name, preceded by ':' (',' splits the option's list). */
    private static final String WEIGHTS_DESCENT = "descent=";

    /**
     * {@code optimus} or {@code adafactor-mlp} with the shipped weights, optionally with a descent safeguard
     * ({@code optimus:descent=3}, {@link org.optimusmotion.optimizer.learned.LearnedRun#step(double[], int)}),
     * or {@code optimus:weights=FILE[:descent=N]} (a meta-training run's weights, before they ship);
     * anything else is a user error.
     */
    static Contender contender(String name) {
        if (name.startsWith(WEIGHTS_PREFIX)) {
            return fromFile(name);
        }
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

    private static Contender fromFile(String name) {
        String rest = name.substring(WEIGHTS_PREFIX.length());
        int at = rest.lastIndexOf(":" + WEIGHTS_DESCENT);
        Path file = Path.of(at < 0 ? rest : rest.substring(0, at));
        int halvings = at < 0 ? 0
                : ReconstructionOptimizers.descentHalvings(name, rest.substring(at + 1 + WEIGHTS_DESCENT.length()));
        Optimizer optimizer = ReconstructionOptimizers.optimusWeightsFile(name, file).optimizer(halvings);
        return new Contender(name, false, problem -> optimizer);
    }
}
