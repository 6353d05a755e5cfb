package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.optimusmotion.optimizer.learned.AdafactorMlp;
import org.optimusmotion.optimizer.learned.AdafactorMlpConfig;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.LearnedWeights;
import org.optimusmotion.optimizer.learned.Optimus;
import org.optimusmotion.optimizer.learned.OptimusConfig;
import org.optimusmotion.optimizer.learned.StepRule;
import org.optimusmotion.optimizer.meta.MetaStepEvent;
import org.optimusmotion.optimizer.meta.MetaTrainer;
import org.optimusmotion.optimizer.meta.MetaTrainingConfig;
import org.optimusmotion.optimizer.meta.MetaTrainingListener;
import org.optimusmotion.optimizer.meta.PesConfig;
import org.optimusmotion.optimizer.meta.TaskSampler;
import org.optimusmotion.optimizer.meta.StepScaleCalibration;
import org.optimusmotion.optimizer.meta.TaskValidation;
import org.optimusmotion.optimizer.meta.ToyTasks;
import org.optimusmotion.optimizer.meta.TruncationSchedule;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code optimus metatrain}: meta-trains Optimus or AdafactorMLP with PES on a training suite, writing a
 * resumable checkpoint, the current weights, and the meta-loss curve (CSV + PNG) into {@code --out}.
 */
@Command(name = "metatrain", mixinStandardHelpOptions = true,
        description = "Meta-train a learned optimizer with PES (checkpointed, resumable).")
public final class MetaTrainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--learned", required = true, description = "optimus or adafactor-mlp")
    String learned;

    @Option(names = "--suite", defaultValue = "functions",
            description = "training tasks: functions (the 15 shifted test functions, dims 2-100), reconstruction"
                    + " (windows of synthetic cases from the training clips of --mocap) or toy (quadratics, Rosenbrock)")
    String suite;

    @Option(names = "--mocap", defaultValue = "../shared/data/mocap",
            description = "reconstruction suite: folder of the CMU clips (default ${DEFAULT-VALUE})")
    Path mocap;

    @Option(names = "--cases-per-clip", defaultValue = "2",
            description = "reconstruction suite: random cases (cut, camera, noise) per clip (default ${DEFAULT-VALUE})")
    int casesPerClip;

    @Option(names = "--case-seconds", defaultValue = "1.0",
            description = "reconstruction suite: length of each case, s (default ${DEFAULT-VALUE})")
    double caseSeconds;

    @Option(names = "--window", defaultValue = "12",
            description = "reconstruction suite: frames per window (default ${DEFAULT-VALUE}, as reconstruct)")
    int windowFrames;

    @Option(names = "--window-policy", defaultValue = "fixed",
            description = "reconstruction suite: fixed (every window --window frames) or adaptive (each case cut as"
                    + " reconstruct would: fast motion gets shorter windows) (default ${DEFAULT-VALUE})")
    String windowPolicy;

    @Option(names = "--training-clips", split = ",", paramLabel = "CLIP",
            description = "reconstruction suite: train on these clips of the suite only (file names, comma-separated;"
                    + " default: the documented training split; test clips are refused)")
    List<String> trainingClips = new ArrayList<>();

    @Option(names = "--validation-clips", split = ",", paramLabel = "CLIP",
            description = "reconstruction suite: validate on these clips instead of the documented validation split")
    List<String> validationClips = new ArrayList<>();

    @Option(names = "--reference-optimizer", paramLabel = "SPEC",
            description = "reconstruction suite: measure the meta-loss against (1 - margin) x this optimizer's loss on each"
                    + " window (e.g. bfgs) instead of against zero")
    String referenceOptimizer;

    @Option(names = "--reference-evaluations", defaultValue = "300",
            description = "evaluations of the reference optimizer per window (default ${DEFAULT-VALUE})")
    long referenceEvaluations;

    @Option(names = "--reference-margin", defaultValue = "0.05",
            description = "the meta-loss floor lies this fraction below the reference loss (default ${DEFAULT-VALUE})")
    double referenceMargin;

    @Option(names = "--descent-halvings", defaultValue = "0",
            description = "descent safeguard of the inner learned steps, as the optimizer will run (reconstruction: 3);"
                    + " 0 = the plain step (default ${DEFAULT-VALUE})")
    int descentHalvings;

    @Option(names = "--restart-period", defaultValue = "0", paramLabel = "R",
            description = "inner runs and validation restart every R steps, as the optimizer will run"
                    + " (reconstruction: 30); 0: never (default ${DEFAULT-VALUE})")
    int restartPeriod;

    @Option(names = "--partial-starts", split = ",", paramLabel = "K",
            description = "reconstruction suite: also start episodes where the --init-weights, stepping by the"
                    + " inference rule (--descent-halvings, --restart-period), are after K steps of each training"
                    + " window (e.g. 30,60,90): what a restarted optimizer meets")
    List<Integer> partialStarts = new ArrayList<>();

    @Option(names = "--init-weights", paramLabel = "FILE",
            description = "start a new run from these weights (e.g. assets/weights/optimus-functions-v1.bin) instead of random θ;"
                    + " the architecture comes from the file")
    Path initWeights;

    @Option(names = "--calibrate-step-scale",
            description = "with --init-weights: first pick the decade of the global step scale that scores best on"
                    + " the validation tasks (needs --validation-steps)")
    boolean calibrateStepScale;

    @Option(names = "--calibrate-decades", defaultValue = "0-6", paramLabel = "FROM-TO",
            description = "decades of step multipliers the calibration tries, 10^-FROM to 10^-TO (default ${DEFAULT-VALUE})")
    String calibrateDecades;

    @Option(names = "--train-global-only",
            description = "train only the Adafactor decay offsets and the global step scale, not the networks")
    boolean trainGlobalOnly;

    @Option(names = "--validation-steps", defaultValue = "0",
            description = "inner steps per validation task; 0 = no validation (default ${DEFAULT-VALUE})")
    int validationSteps;

    @Option(names = "--validation-seconds", defaultValue = "600",
            description = "validate at least this often, keeping best-weights.bin (default ${DEFAULT-VALUE})")
    double validationSeconds;

    @Option(names = "--out", required = true, description = "output folder (checkpoint, weights, curve)")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "master seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--hours", defaultValue = "1.0", description = "wall-time budget of this process (default ${DEFAULT-VALUE})")
    double hours;

    @Option(names = "--max-steps", defaultValue = "1000000000", description = "stop after this many outer steps in total")
    long maxSteps;

    @Option(names = "--resume", description = "continue from the checkpoint in --out")
    boolean resume;

    @Option(names = "--threads", defaultValue = "1", description = "PES worker threads; results do not depend on it (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--particles", defaultValue = "16", description = "antithetic pairs (default ${DEFAULT-VALUE})")
    int particles;

    @Option(names = "--truncation", defaultValue = "20", description = "inner steps per truncation (default ${DEFAULT-VALUE})")
    int truncation;

    @Option(names = "--episode-min", defaultValue = "50", description = "shortest inner episode (default ${DEFAULT-VALUE})")
    int episodeMin;

    @Option(names = "--episode-max", defaultValue = "200", description = "longest inner episode (default ${DEFAULT-VALUE})")
    int episodeMax;

    @Option(names = "--std", defaultValue = "0.01", description = "PES perturbation std (default ${DEFAULT-VALUE})")
    double std;

    @Option(names = "--lr", defaultValue = "1e-3", description = "Adam learning rate on theta (default ${DEFAULT-VALUE})")
    double learningRate;

    @Option(names = "--model-dim", defaultValue = "32", description = "Optimus token width D (FFN = 2D) (default ${DEFAULT-VALUE})")
    int modelDim;

    @Option(names = "--checkpoint-seconds", defaultValue = "120", description = "checkpoint interval (default ${DEFAULT-VALUE})")
    double checkpointSeconds;

    private int[] decadeRange() {
        String[] parts = calibrateDecades.split("-");
        try {
            int from = Integer.parseInt(parts[0].trim());
            int to = Integer.parseInt(parts[parts.length - 1].trim());
            if (parts.length > 2 || from < 0 || to < from) {
                throw new NumberFormatException();
            }
            return new int[] {from, to};
        } catch (NumberFormatException e) {
            throw new UserError("--calibrate-decades '" + calibrateDecades + "': expected FROM-TO with 0 <= FROM <= TO, e.g. 2-4", e);
        }
    }

    private TrainingSuites.ReconstructionDraw reconstructionDraw() {
        return new TrainingSuites.ReconstructionDraw(casesPerClip, caseSeconds, windowFrames,
                WindowPolicies.parse(windowPolicy),
                List.copyOf(trainingClips), List.copyOf(validationClips));
    }

    private TrainingSuites.ReferenceFloor referenceFloor() {
        if (referenceOptimizer == null) {
            return null;
        }
        if (!(referenceMargin > 0 && referenceMargin < 1)) {
            throw new UserError("--reference-margin must be in (0, 1), was " + referenceMargin);
        }
        if (referenceEvaluations < 1) {
            throw new UserError("--reference-evaluations must be >= 1, was " + referenceEvaluations);
        }
        return new TrainingSuites.ReferenceFloor(ReconstructionOptimizers.byName(referenceOptimizer),
                referenceEvaluations, referenceMargin, threads, out.resolve(TrainingSuites.REFERENCE_CACHE));
    }

    private LearnedWeights readInitWeights() {
        try {
            return LearnedWeights.read(initWeights);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(initWeights + ": file not found", e);
        } catch (IOException e) {
            throw new UserError(initWeights + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Integer call() throws IOException {
        LearnedWeights init = initWeights == null ? null : readInitWeights();
        LearnedOptimizer optimizer = init != null ? init.family() : switch (LearnedOptimizerKind.fromId(learned)) {
            case OPTIMUS -> new Optimus(OptimusConfig.defaults().withModelDim(modelDim));
            case ADAFACTOR_MLP -> new AdafactorMlp(AdafactorMlpConfig.defaults());
        };
        if (init != null && init.kind() != LearnedOptimizerKind.fromId(learned)) {
            throw new UserError(initWeights + " holds " + init.kind().id() + " weights, not " + learned);
        }
        PrintWriter console = spec.commandLine().getOut();
        TrainingSuites.Suite tasks = switch (suite) {
            case "functions" -> TrainingSuites.functions(seed);
            case "reconstruction" -> TrainingSuites.reconstruction(mocap, reconstructionDraw(), seed, referenceFloor(),
                    console);
            case "toy" -> new TrainingSuites.Suite(ToyTasks.sampler(2, 20), java.util.List.of());
            default -> throw new UserError("unknown --suite '" + suite + "', expected functions, reconstruction or toy");
        };
        TaskSampler sampler = partialStarts.isEmpty() ? tasks.sampler()
                : TrainingSuites.withPartialStarts(tasks.sampler(), init, new StepRule(descentHalvings, restartPeriod),
                        partialStarts, threads, console);
        if (!(hours > 0)) {
            throw new UserError("--hours must be > 0, was " + hours);
        }
        PesConfig pes;
        try {
            pes = new PesConfig(particles, truncation, std, new TruncationSchedule(episodeMin, episodeMax),
                    episodeMax, true, threads, descentHalvings, restartPeriod);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), e);
        }
        MetaTrainingConfig config = new MetaTrainingConfig(seed, maxSteps, hours * 3600, learningRate,
                MetaTrainingConfig.DEFAULT_GRADIENT_CLIP, checkpointSeconds, pes);
        String provenance = "optimus metatrain --learned " + learned + " --suite " + suite + " --seed " + seed
                + " --particles " + particles + " --truncation " + truncation + " --episode-min " + episodeMin
                + " --episode-max " + episodeMax + " --std " + std + " --lr " + learningRate
                + (optimizer instanceof Optimus ? " --model-dim " + modelDim : "")
                + (suite.equals("reconstruction") ? " --cases-per-clip " + casesPerClip + " --case-seconds " + caseSeconds
                        + " --window " + windowFrames + " --window-policy " + windowPolicy
                        + (trainingClips.isEmpty() ? "" : " --training-clips " + String.join(",", trainingClips))
                        + (validationClips.isEmpty() ? "" : " --validation-clips " + String.join(",", validationClips))
                        : "")
                + (initWeights != null ? " --init-weights " + initWeights.getFileName() : "")
                + (calibrateStepScale ? " --calibrate-step-scale --calibrate-decades " + calibrateDecades : "")
                + (validationSteps > 0 ? " --validation-steps " + validationSteps : "")
                + (trainGlobalOnly ? " --train-global-only" : "")
                + (descentHalvings > 0 ? " --descent-halvings " + descentHalvings : "")
                + (restartPeriod > 0 ? " --restart-period " + restartPeriod : "")
                + (partialStarts.isEmpty() ? "" : " --partial-starts " + partialStarts.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")))
                + (referenceOptimizer != null && suite.equals("reconstruction") ? " --reference-optimizer "
                        + referenceOptimizer + " --reference-evaluations " + referenceEvaluations
                        + " --reference-margin " + referenceMargin : "");
        console.printf(Locale.ROOT, "meta-training %s (%d meta-parameters) on %s, seed %d, %d pairs x %d steps, %d thread(s)%n",
                learned, optimizer.thetaLength(), suite, seed, particles, truncation, threads);
        MetaTrainer trainer = new MetaTrainer(optimizer, sampler, config, out, provenance);
        if (trainGlobalOnly) {
            trainer = trainer.trainingOnlyFirst(optimizer.logStepScaleIndex() + 1);
        }
        TaskValidation validation = null;
        if (validationSteps > 0) {
            if (tasks.validation().isEmpty()) {
                throw new UserError("--suite " + suite + " has no validation tasks");
            }
            validation = new TaskValidation(tasks.validation(), validationSteps, pes.innerSteps());
            trainer = trainer.validatingOn(validation, validationSeconds);
            console.printf(Locale.ROOT, "validation: %d tasks x %d steps, at least every %.0f s%n",
                    tasks.validation().size(), validationSteps, validationSeconds);
        }
        if (calibrateStepScale && (init == null || validation == null)) {
            throw new UserError("--calibrate-step-scale needs --init-weights and --validation-steps");
        }
        if (init != null && !resume) {
            double[] theta = init.theta();
            if (calibrateStepScale) {
                int[] range = decadeRange();
                theta = StepScaleCalibration.calibrate(optimizer, theta, validation, range[0], range[1], line -> {
                    console.println(line);
                    console.flush();
                });
            }
            trainer = trainer.startingFrom(theta);
        }
        MetaTrainer.Summary s = trainer.train(resume, new PrintingListener(console), () -> false);
        console.printf(Locale.ROOT, "done: %d outer steps, smoothed meta-loss %.4f -> %.4f in %.0f s; weights %s%n",
                s.outerSteps(), s.firstSmoothedLoss(), s.lastSmoothedLoss(), s.seconds(),
                out.resolve(MetaTrainer.WEIGHTS_FILE));
        return 0;
    }

    /** One line every 10 s (log-friendly: training usually runs under nohup). */
    private static final class PrintingListener implements MetaTrainingListener {
        private static final double PRINT_INTERVAL_SECONDS = 10;
        private final PrintWriter console;
        private double lastPrint = -PRINT_INTERVAL_SECONDS;

        PrintingListener(PrintWriter console) {
            this.console = console;
        }

        @Override
        public void onStep(MetaStepEvent e) {
            if (e.elapsedSeconds() - lastPrint >= PRINT_INTERVAL_SECONDS) {
                lastPrint = e.elapsedSeconds();
                console.printf(Locale.ROOT, "step %6d  meta-loss %8.4f  smoothed %8.4f  %.2f s/step  elapsed %.0f s%n",
                        e.outerStep(), e.metaLoss(), e.smoothedMetaLoss(), e.secondsPerStep(), e.elapsedSeconds());
                console.flush();
            }
        }

        @Override
        public void onValidation(long outerStep, double score, boolean improved, double seconds) {
            console.printf(Locale.ROOT, "validation at step %d: score %.4f%s (%.0f s)%n", outerStep, score,
                    improved ? ", best so far" : "", seconds);
            console.flush();
        }

        @Override
        public void onCheckpoint(long outerStep, Path checkpoint) {
            console.printf(Locale.ROOT, "checkpoint at step %d: %s%n", outerStep, checkpoint);
            console.flush();
        }
    }
}
