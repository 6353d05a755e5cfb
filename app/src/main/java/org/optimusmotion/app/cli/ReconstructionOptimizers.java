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
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;
import org.optimusmotion.optimizer.learned.LearnedWeights;

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
 * Each runs with the reconstruction's descent safeguard ({@link ReconstructionWeights#DESCENT_HALVINGS});
 * a last option {@code :descent=N} (or {@code ,descent=N} after {@code weights=FILE}) sets it, 0 for the
 * plain learned step.
 */
final class ReconstructionOptimizers {

    /** Name of the learned optimizer (Optimus) with the weights for reconstruction. */
    static final String LEARNED = "optimus";
    /** Optimus with the classic-function weights. */
    static final String LEARNED_FUNCTIONS = "optimus-functions";
    private static final String WEIGHTS_PREFIX = "optimus:weights=";
    /** Optional last option of a learned spec, after ':' or ',': halvings of an uphill step ({@link ReconstructionWeights#DESCENT_HALVINGS}). */
    private static final String DESCENT_SUFFIX = "descent=";

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
        String lower = name.toLowerCase(Locale.ROOT);
        // a learned spec may end in ":descent=N" or ",descent=N"; the rest names the weights
        int descentAt = lower.lastIndexOf(DESCENT_SUFFIX);
        String weightsSpec = descentAt > 0 ? name.substring(0, descentAt - 1) : name;
        String base = weightsSpec.toLowerCase(Locale.ROOT);
        if (base.equals(LEARNED) || base.equals(LEARNED_FUNCTIONS) || base.startsWith(WEIGHTS_PREFIX)) {
            int halvings = descentAt > 0 ? descentHalvings(name, name.substring(descentAt + DESCENT_SUFFIX.length()))
                    : ReconstructionWeights.DESCENT_HALVINGS;
            return learned(weightsSpec, base, halvings);
        }
        try {
            return new Named(OptimizerSpecParser.parse(name), null);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    /** The N of {@code descent=N}; a {@link UserError} naming the spec when it is not in [0, MAX_STEP_TRIALS]. */
    static int descentHalvings(String spec, String value) {
        try {
            int h = Integer.parseInt(value.trim());
            if (h >= 0 && h <= LearnedOptimizer.MAX_STEP_TRIALS) {
                return h;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(spec + ": descent=" + value + " must be an integer in [0, " + LearnedOptimizer.MAX_STEP_TRIALS + "]");
    }

    private static Named learned(String name, String lower, int descentHalvings) {
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
            return new Named(w.optimizer(descentHalvings), name + ": weights " + source + " [" + w.provenance()
                    + "], descent safeguard " + descentHalvings);
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
