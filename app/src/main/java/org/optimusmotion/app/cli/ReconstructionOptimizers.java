package org.optimusmotion.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.optimusmotion.app.fit.ReconstructionWeights;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.classic.OptimizerSpecParser;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;
import org.optimusmotion.optimizer.learned.LearnedWeights;
import org.optimusmotion.optimizer.learned.StepRule;

/**
 * The one place that maps an optimizer name given to {@code reconstruct}, {@code compare} and
 * {@code bench reconstruction} to an {@link Optimizer}: classic specs ({@code bfgs}, {@code lbfgs:m=20},
 * {@code adam:lr=0.01}, see {@link OptimizerSpecParser}) and Optimus:
 * <ul>
 *   <li>{@value #LEARNED}: the weights {@link ReconstructionWeights} selects, as the desktop app (meta-trained on
 *       reconstruction when shipped, else the classic-function weights);</li>
 *   <li>{@value #LEARNED_FUNCTIONS}: the classic-function weights (to show what physics meta-training buys);</li>
 *   <li>{@code optimus:weights=FILE}: any weights file, e.g. a meta-training run's {@code best-weights.bin}.</li>
 * </ul>
 * Each takes its steps by the reconstruction's rule ({@link ReconstructionWeights#STEP_RULE}: descent
 * safeguard and restarts); trailing options {@code :descent=N} and {@code :restart=R} ({@link LearnedSpec};
 * ',' after {@code weights=FILE}) change it, 0 for the plain step or no restarts.
 */
final class ReconstructionOptimizers {

    /** Name of the learned optimizer (Optimus) with the weights for reconstruction. */
    static final String LEARNED = "optimus";
    /** Optimus with the classic-function weights. */
    static final String LEARNED_FUNCTIONS = "optimus-functions";
    private static final String WEIGHTS_PREFIX = "optimus:weights=";

    private ReconstructionOptimizers() {
    }

    /** An optimizer and, for learned ones, the weights it runs with. */
    record Named(Optimizer optimizer, String weightsDescription) {
    }

    /** The optimizer for a name or spec; a {@link UserError} naming the spec for anything unknown. */
    static Optimizer byName(String spec) {
        return resolve(spec).optimizer();
    }

    /** The optimizers for {@code specs}, in order, saying on {@code err} which weights each learned one uses. */
    static List<Optimizer> resolveAll(List<String> specs, PrintWriter err) {
        List<Optimizer> out = new ArrayList<>(specs.size());
        for (String spec : specs) {
            Named named = resolve(spec);
            if (named.weightsDescription() != null) {
                err.println(named.weightsDescription());
            }
            out.add(named.optimizer());
        }
        return out;
    }

    /** Like {@link #byName}, with a one-line description of the weights (null for classic optimizers). */
    static Named resolve(String spec) {
        String name = spec.trim();
        LearnedSpec learned = LearnedSpec.parse(name);
        String base = learned.base().toLowerCase(Locale.ROOT);
        if (base.equals(LEARNED) || base.equals(LEARNED_FUNCTIONS) || base.startsWith(WEIGHTS_PREFIX)) {
            return learned(learned.base(), base, learned.rule(ReconstructionWeights.STEP_RULE));
        }
        try {
            return new Named(OptimizerSpecParser.parse(name), null);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    private static Named learned(String name, String lower, StepRule rule) {
        try {
            LearnedWeights w;
            String source;
            if (lower.startsWith(WEIGHTS_PREFIX)) {
                Path file = Path.of(name.substring(WEIGHTS_PREFIX.length()));
                w = optimusWeightsFile(name, file);
                source = file.toString();
            } else if (lower.equals(LEARNED_FUNCTIONS)) {
                w = LearnedOptimizers.shipped(ReconstructionOptimizers.class, LearnedOptimizerKind.OPTIMUS);
                source = fileName(LearnedOptimizers.DEFAULT_OPTIMUS_RESOURCE);
            } else {
                ReconstructionWeights.Selected selected = ReconstructionWeights.selected();
                w = selected.weights();
                source = selected.fileName();
            }
            return new Named(w.optimizer(rule), name + ": weights " + source + " [" + w.provenance()
                    + "], " + rule.describe());
        } catch (NoSuchFileException e) {
            throw new UserError(name + ": weights file not found: " + e.getFile(), e);
        } catch (IOException e) {
            throw new UserError("cannot load the weights of " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The Optimus weights in {@code file}, named by the optimizer spec that asked for them; a {@link UserError}
     * when the file is missing, unreadable or holds another learned optimizer's weights.
     */
    static LearnedWeights optimusWeightsFile(String spec, Path file) {
        LearnedWeights w;
        try {
            w = LearnedWeights.read(file);
        } catch (NoSuchFileException e) {
            throw new UserError(spec + ": weights file not found: " + e.getFile(), e);
        } catch (IOException e) {
            throw new UserError("cannot load the weights of " + spec + ": " + e.getMessage(), e);
        }
        if (w.kind() != LearnedOptimizerKind.OPTIMUS) {
            throw new UserError(file + " holds " + w.kind().id() + " weights, not Optimus weights");
        }
        return w;
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }
}
