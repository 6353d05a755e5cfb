package org.optimusmotion.app.fit;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.optimusmotion.optimizer.Optimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedOptimizers;
import org.optimusmotion.optimizer.learned.LearnedWeights;
import org.optimusmotion.optimizer.learned.StepRule;

/**
 * The one place that chooses which Optimus weights motion reconstruction uses, in the desktop app
 * ({@link OptimizerChoice#OPTIMUS}) and on the command line ({@code --optimizer optimus}): the first
 * file of {@link #PREFERENCE} found in {@code assets/weights/} on the class path. Physics-trained
 * weights ({@value #PHYSICS_TRAINED}) win as soon as they ship; until then the weights meta-trained on
 * classic test functions are used. The weights are read once (about 90 ms the first time, so not on
 * the UI thread) and shared. Thread-safe.
 */
public final class ReconstructionWeights {

    /** Weights meta-trained on reconstruction problems: preferred when present. */
    public static final String PHYSICS_TRAINED = "optimus-reconstruction-v1.bin";
    /** Weights meta-trained on the classic-function suite (shipped since issue 3). */
    public static final String FUNCTION_TRAINED = "optimus-functions-v1.bin";
    /** Files tried in order; the first on the class path is used. */
    public static final List<String> PREFERENCE = List.of(PHYSICS_TRAINED, FUNCTION_TRAINED);

    /**
     * Halvings of a learned step that raises the window loss before it is taken anyway
     * ({@link org.optimusmotion.optimizer.learned.LearnedRun#step(double[], int)}). Without the safeguard,
     * Optimus reached BFGS's loss on 7 of 12 validation windows and stalled above it on the others;
     * with 3, on 9 of 12 (docs/optimus-reconstruction.md, "Descent safeguard").
     */
    public static final int DESCENT_HALVINGS = 3;

    /**
     * Restart period of Optimus in reconstruction, steps ({@link StepRule#restartPeriod()}): late in a window the
     * learned direction mostly points uphill; a fresh start from the current pose descends again. Chosen on the
     * validation windows (docs/optimus-reconstruction.md, "Restarts").
     */
    public static final int RESTART_PERIOD = 30;

    /** How Optimus takes its steps in reconstruction. */
    public static final StepRule STEP_RULE = new StepRule(DESCENT_HALVINGS, RESTART_PERIOD);

    /** Class-path folder of the weight files (the app copies {@code assets/} there). */
    static final String RESOURCE_DIR = "/org/optimusmotion/assets/weights/";

    private static volatile Selected cached;
    private static String failure;

    /**
     * Weights in use and where they came from.
     *
     * @param fileName e.g. {@value #FUNCTION_TRAINED}
     * @param provenance the provenance text stored in the file's header (command, seed, steps)
     */
    public record Selected(String fileName, String provenance, LearnedWeights weights) {

        /** An Optimus optimizer with these weights and the reconstruction's step rule. */
        public Optimizer optimizer() {
            return weights.optimizer(STEP_RULE);
        }

        /** One line for people: file name and provenance. */
        public String description() {
            return fileName + " (" + provenance + ")";
        }
    }

    private ReconstructionWeights() {
    }

    /**
     * The file that would be used: the first of {@link #PREFERENCE} on the class path (looked up once,
     * without reading it, then remembered: the UI thread asks for every menu cell).
     */
    public static Optional<String> fileOnClassPath() {
        return FileLookup.FILE;
    }

    /** Lazy holder: the class path does not change while the app runs. */
    private static final class FileLookup {
        static final Optional<String> FILE = lookUp();

        private static Optional<String> lookUp() {
            for (String name : PREFERENCE) {
                if (ReconstructionWeights.class.getResource(RESOURCE_DIR + name) != null) {
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * The weights, read on first use and then cached.
     *
     * @throws IOException naming the file when none is on the class path or the file is invalid
     */
    public static synchronized Selected selected() throws IOException {
        if (cached != null) {
            return cached;
        }
        if (failure != null) {
            throw new IOException(failure);
        }
        Optional<String> name = fileOnClassPath();
        try {
            if (name.isEmpty()) {
                throw new IOException("no Optimus weights on the class path (looked for " + String.join(", ", PREFERENCE)
                        + " in assets/weights)");
            }
            LearnedWeights w = LearnedOptimizers.readResource(ReconstructionWeights.class, RESOURCE_DIR + name.get());
            if (w.kind() != LearnedOptimizerKind.OPTIMUS) {
                throw new IOException(name.get() + " holds " + w.kind() + " weights, not Optimus");
            }
            cached = new Selected(name.get(), w.provenance(), w);
            return cached;
        } catch (IOException | RuntimeException e) {
            failure = e.getMessage();
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** The weights if they were read already (never reads, never waits: for the UI thread), else empty. */
    public static Optional<Selected> ifAlreadyRead() {
        return Optional.ofNullable(cached);
    }

    /** The weights if they could be read (reads them on first use), else empty. */
    public static Optional<Selected> ifReadable() {
        try {
            return Optional.of(selected());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A line for the window's status area: which weights Optimus uses, or why it has none. Reads on first use. */
    public static String statusLine() {
        try {
            return "Optimus weights: " + selected().description() + "; " + STEP_RULE.describe();
        } catch (IOException e) {
            return "Optimus unavailable: " + e.getMessage();
        }
    }
}
