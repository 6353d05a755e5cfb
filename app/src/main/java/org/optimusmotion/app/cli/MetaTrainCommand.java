package org.optimusmotion.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.optimusmotion.optimizer.learned.AdafactorMlp;
import org.optimusmotion.optimizer.learned.AdafactorMlpConfig;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedOptimizerKind;
import org.optimusmotion.optimizer.learned.Optimus;
import org.optimusmotion.optimizer.learned.OptimusConfig;
import org.optimusmotion.optimizer.meta.MetaStepEvent;
import org.optimusmotion.optimizer.meta.MetaTrainer;
import org.optimusmotion.optimizer.meta.MetaTrainingConfig;
import org.optimusmotion.optimizer.meta.MetaTrainingListener;
import org.optimusmotion.optimizer.meta.PesConfig;
import org.optimusmotion.optimizer.meta.TaskSampler;
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
            description = "training tasks: functions (the 15 shifted test functions, dims 2-100) or toy (quadratics, Rosenbrock)")
    String suite;

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

    @Override
    public Integer call() throws IOException {
        LearnedOptimizer optimizer = switch (LearnedOptimizerKind.fromId(learned)) {
            case OPTIMUS -> new Optimus(OptimusConfig.defaults().withModelDim(modelDim));
            case ADAFACTOR_MLP -> new AdafactorMlp(AdafactorMlpConfig.defaults());
        };
        TaskSampler sampler = switch (suite) {
            case "functions" -> TrainingSuites.functions();
            case "toy" -> ToyTasks.sampler(2, 20);
            default -> throw new UserError("unknown --suite '" + suite + "', expected functions or toy");
        };
        if (!(hours > 0)) {
            throw new UserError("--hours must be > 0, was " + hours);
        }
        PesConfig pes = new PesConfig(particles, truncation, std, new TruncationSchedule(episodeMin, episodeMax),
                episodeMax, true, threads);
        MetaTrainingConfig config = new MetaTrainingConfig(seed, maxSteps, hours * 3600, learningRate,
                MetaTrainingConfig.DEFAULT_GRADIENT_CLIP, checkpointSeconds, pes);
        String provenance = "optimus metatrain --learned " + learned + " --suite " + suite + " --seed " + seed
                + " --particles " + particles + " --truncation " + truncation + " --episode-min " + episodeMin
                + " --episode-max " + episodeMax + " --std " + std + " --lr " + learningRate
                + (optimizer instanceof Optimus ? " --model-dim " + modelDim : "");
        PrintWriter console = spec.commandLine().getOut();
        console.printf(Locale.ROOT, "meta-training %s (%d meta-parameters) on %s, seed %d, %d pairs x %d steps, %d thread(s)%n",
                learned, optimizer.thetaLength(), suite, seed, particles, truncation, threads);
        MetaTrainer trainer = new MetaTrainer(optimizer, sampler, config, out, provenance);
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
        public void onCheckpoint(long outerStep, Path checkpoint) {
            console.printf(Locale.ROOT, "checkpoint at step %d: %s%n", outerStep, checkpoint);
            console.flush();
        }
    }
}
