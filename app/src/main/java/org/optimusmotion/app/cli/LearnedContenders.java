package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.benchmark.Contender;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;
import org.optimusmotion.optimizer.learned.StepRule;

/** Learned optimizers as benchmark contenders, loaded from the shipped weights (assets/weights). */
final class LearnedContenders {

    private LearnedContenders() {
    }

    private static final String WEIGHTS_PREFIX = "optimus:weights=";

    /**
     * {@code optimus} or {@code adafactor-mlp} with the shipped weights, or {@code optimus:weights=FILE} (a
     * meta-training run's weights, before they ship), each optionally ending in {@code :descent=N} (descent
     * safeguard, {@link org.optimusmotion.optimizer.learned.LearnedRun#step(double[], int)}) and
     * {@code :restart=R} ({@link StepRule}); plain steps without restarts by default. Anything else is a user
     * error.
     */
    static Contender contender(String name) {
        LearnedSpec spec = LearnedSpec.parse(name);
        StepRule rule = spec.rule(StepRule.PLAIN);
        if (spec.base().startsWith(WEIGHTS_PREFIX)) {
            Path file = Path.of(spec.base().substring(WEIGHTS_PREFIX.length()));
            Optimizer optimizer = ReconstructionOptimizers.optimusWeightsFile(name, file).optimizer(rule);
            return new Contender(name, false, problem -> optimizer);
        }
        LearnedOptimizerKind kind;
        try {
            kind = LearnedOptimizerKind.fromId(spec.base());
        } catch (IllegalArgumentException e) {
            throw new UserError("unknown optimizer '" + name
                    + "'; valid: gd, gdm, adam, bfgs, lbfgs, optimus, adafactor-mlp (learned ones may end in :descent=N,"
                    + " N in [0, " + LearnedOptimizer.MAX_STEP_TRIALS + "], and :restart=R)");
        }
        Optimizer optimizer;
        try {
            optimizer = LearnedOptimizers.shipped(LearnedContenders.class, kind).optimizer(rule);
        } catch (IOException e) {
            throw new UserError("cannot load the shipped " + name + " weights: " + e.getMessage(), e);
        }
        // one immutable, thread-safe optimizer serves every problem
        return new Contender(name, false, problem -> optimizer);
    }
}
