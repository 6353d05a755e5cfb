package org.optimusmotion.optimizer.meta;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

import org.optimusmotion.optimizer.io.AtomicFiles;
import org.optimusmotion.optimizer.learned.LearnedOptimizer;
import org.optimusmotion.optimizer.learned.LearnedWeights;

/**
 * Meta-trains a learned optimizer with PES and Adam (STYLE.md rule 6: {@link TruncatedUnroll} defines the
 * inner problem, {@link PesEstimator} estimates, this class runs the outer loop). Deterministic for a
 * seed and any thread count; resumable from its checkpoint with identical results.
 *
 * <p>Files in the output folder, all written atomically: {@value #CHECKPOINT_FILE} (θ, Adam moments, every
 * particle's inner states and accumulator, step, loss history; SHA-256 protected), {@value #WEIGHTS_FILE}
 * (the current θ as a {@link LearnedWeights} file), {@value #CURVE_CSV} and {@value #CURVE_PNG}; with a
 * {@link TaskValidation}, also {@value #VALIDATION_CSV} (outer step, score) and {@value #BEST_WEIGHTS_FILE}
 * (the θ with the lowest validation score so far; the best score is re-read from the CSV on resume).
 */
public final class MetaTrainer {

    public static final String CHECKPOINT_FILE = "checkpoint.bin";
    public static final String WEIGHTS_FILE = "weights.bin";
    public static final String CURVE_CSV = "metaloss.csv";
    public static final String CURVE_PNG = "metaloss.png";
    public static final String BEST_WEIGHTS_FILE = "best-weights.bin";
    public static final String VALIDATION_CSV = "validation.csv";
    private static final byte[] MAGIC = "OPTMCKPT".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKPOINT_VERSION = 1;

    private final LearnedOptimizer optimizer;
    private final TaskSampler sampler;
    private final MetaTrainingConfig config;
    private final Path outDir;
    private final String provenance;
    private final double[] initialTheta;
    private final TaskValidation validation;
    private final double validationIntervalSeconds;
    private final int trainedPrefix;

    /**
     * @param provenance free text stored in the weights files (command line, commit)
     */
    public MetaTrainer(LearnedOptimizer optimizer, TaskSampler sampler, MetaTrainingConfig config, Path outDir,
                       String provenance) {
        this(optimizer, sampler, config, outDir, provenance, null, null, Double.POSITIVE_INFINITY,
                optimizer.thetaLength());
    }

    private MetaTrainer(LearnedOptimizer optimizer, TaskSampler sampler, MetaTrainingConfig config, Path outDir,
                        String provenance, double[] initialTheta, TaskValidation validation,
                        double validationIntervalSeconds, int trainedPrefix) {
        this.optimizer = optimizer;
        this.sampler = sampler;
        this.config = config;
        this.outDir = outDir;
        this.provenance = provenance;
        this.initialTheta = initialTheta;
        this.validation = validation;
        this.validationIntervalSeconds = validationIntervalSeconds;
        this.trainedPrefix = trainedPrefix;
    }

    /**
     * Trains only θ[0, count) — for both families the Adafactor decay offsets and the global log step scale
     * come first — leaving the networks as they are.
     */
    public MetaTrainer trainingOnlyFirst(int count) {
        if (count < 1 || count > optimizer.thetaLength()) {
            throw new IllegalArgumentException("count must be in [1, " + optimizer.thetaLength() + "], was " + count);
        }
        return new MetaTrainer(optimizer, sampler, config, outDir, provenance, initialTheta, validation,
                validationIntervalSeconds, count);
    }

    /**
     * Starts a new run from {@code theta} (for example weights meta-trained on another suite) instead of
     * the family's random initialisation. Ignored when resuming.
     */
    public MetaTrainer startingFrom(double[] theta) {
        if (theta.length != optimizer.thetaLength()) {
            throw new IllegalArgumentException("initial θ has " + theta.length + " values, the optimizer needs "
                    + optimizer.thetaLength());
        }
        return new MetaTrainer(optimizer, sampler, config, outDir, provenance, theta.clone(), validation,
                validationIntervalSeconds, trainedPrefix);
    }

    /** Scores θ on {@code tasks} at the start and at least every {@code intervalSeconds}, keeping the best. */
    public MetaTrainer validatingOn(TaskValidation tasks, double intervalSeconds) {
        if (!(intervalSeconds > 0)) {
            throw new IllegalArgumentException("validation interval must be > 0 s, was " + intervalSeconds);
        }
        return new MetaTrainer(optimizer, sampler, config, outDir, provenance, initialTheta, tasks, intervalSeconds,
                trainedPrefix);
    }

    /** Outcome of a training call. */
    public record Summary(long outerSteps, double firstSmoothedLoss, double lastSmoothedLoss, double seconds,
                          double[] theta) {
    }

    /**
     * Trains until {@code maxOuterSteps}, {@code maxSeconds} or cancellation, writing checkpoints on the way
     * and at the end.
     *
     * @param resume continue from the checkpoint in the output folder (error if none)
     */
    public Summary train(boolean resume, MetaTrainingListener listener, BooleanSupplier cancelled) throws IOException {
        PesConfig pes = config.pes();
        TruncatedUnroll unroll = new TruncatedUnroll(optimizer, sampler, pes.episodes(), pes.truncationLength(),
                pes.randomInitialOffset(), config.seed(), pes.innerSteps());
        double[] theta = initialTheta != null ? initialTheta.clone() : optimizer.initialTheta(config.seed());
        ClippedAdam adam = new ClippedAdam(theta.length, config.learningRate(), config.gradientClip());
        double[] losses = new double[1024];
        long step = 0;
        try (PesEstimator estimator = new PesEstimator(unroll, pes, config.seed(), trainedPrefix)) {
            Path ckpt = outDir.resolve(CHECKPOINT_FILE);
            if (resume) {
                if (!Files.exists(ckpt)) {
                    throw new IOException("cannot resume: no checkpoint at " + ckpt);
                }
                Restored r = readCheckpoint(ckpt, theta, adam, estimator);
                step = r.step;
                losses = r.losses;
            } else if (Files.exists(ckpt)) {
                throw new IOException(ckpt + " exists: pass --resume to continue it or choose another output folder");
            }
            Files.createDirectories(outDir);
            long start = System.nanoTime();
            long lastCheckpoint = start;
            double ema = Double.NaN;
            for (int i = 0; i < step; i++) {
                ema = Double.isNaN(ema) ? losses[i] : MetaLossCurve.SMOOTHING * ema + (1 - MetaLossCurve.SMOOTHING) * losses[i];
            }
            double firstEma = Double.NaN;
            BestTracker best = validation == null ? null : BestTracker.resume(outDir.resolve(VALIDATION_CSV));
            long lastValidation = Long.MIN_VALUE;
            if (best != null && best.isEmpty()) {
                // the starting θ competes too: training may only make it worse
                validate(best, theta, step, listener);
                lastValidation = System.nanoTime();
            }
            while (step < config.maxOuterSteps() && seconds(start) < config.maxSeconds() && !cancelled.getAsBoolean()) {
                long t0 = System.nanoTime();
                GradientEstimate est = estimator.estimate(theta, step);
                adam.update(theta, est.gradient());
                if (step >= losses.length) {
                    losses = Arrays.copyOf(losses, losses.length * 2);
                }
                losses[(int) step] = est.metaLoss();
                step++;
                ema = Double.isNaN(ema) ? est.metaLoss()
                        : MetaLossCurve.SMOOTHING * ema + (1 - MetaLossCurve.SMOOTHING) * est.metaLoss();
                if (Double.isNaN(firstEma)) {
                    firstEma = ema;
                }
                listener.onStep(new MetaStepEvent(step, est.metaLoss(), ema, seconds(t0), seconds(start)));
                if (best != null && (lastValidation == Long.MIN_VALUE
                        || seconds(lastValidation) >= validationIntervalSeconds)) {
                    validate(best, theta, step, listener);
                    lastValidation = System.nanoTime();
                }
                if (seconds(lastCheckpoint) >= config.checkpointIntervalSeconds()) {
                    writeAll(theta, adam, estimator, step, losses);
                    listener.onCheckpoint(step, ckpt);
                    lastCheckpoint = System.nanoTime();
                }
            }
            if (best != null) {
                validate(best, theta, step, listener);
            }
            writeAll(theta, adam, estimator, step, losses);
            listener.onCheckpoint(step, ckpt);
            return new Summary(step, firstEma, ema, seconds(start), theta.clone());
        }
    }

    private void validate(BestTracker best, double[] theta, long step, MetaTrainingListener listener)
            throws IOException {
        long t0 = System.nanoTime();
        double score = validation.score(optimizer, theta);
        boolean improved = best.offer(step, score);
        if (improved) {
            LearnedWeights.of(optimizer, theta, provenance + "; outer steps " + step + "; best validation score "
                    + score).write(outDir.resolve(BEST_WEIGHTS_FILE));
        }
        best.writeCsv(outDir.resolve(VALIDATION_CSV));
        listener.onValidation(step, score, improved, seconds(t0));
    }

    private void writeAll(double[] theta, ClippedAdam adam, PesEstimator estimator, long step, double[] losses)
            throws IOException {
        writeCheckpoint(outDir.resolve(CHECKPOINT_FILE), theta, adam, estimator, step, losses);
        LearnedWeights.of(optimizer, theta, provenance + "; outer steps " + step).write(outDir.resolve(WEIGHTS_FILE));
        MetaLossCurve.writeCsv(outDir.resolve(CURVE_CSV), losses, (int) step);
        MetaLossCurve.writePng(outDir.resolve(CURVE_PNG), losses, (int) step,
                optimizer.kind().id() + " meta-training (PES), seed " + config.seed());
    }

    private void writeCheckpoint(Path file, double[] theta, ClippedAdam adam, PesEstimator estimator, long step,
                                 double[] losses) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes));
        out.write(MAGIC);
        out.writeInt(CHECKPOINT_VERSION);
        out.writeUTF(identity());
        out.writeLong(step);
        out.writeInt(theta.length);
        for (double t : theta) {
            out.writeDouble(t);
        }
        adam.write(out);
        estimator.writeState(out);
        for (int i = 0; i < step; i++) {
            out.writeDouble(losses[i]);
        }
        out.flush();
        byte[] body = bytes.toByteArray();
        AtomicFiles.write(file, os -> {
            os.write(body);
            os.write(sha256(body, body.length));
        });
    }

    private record Restored(long step, double[] losses) {
    }

    private Restored readCheckpoint(Path file, double[] theta, ClippedAdam adam, PesEstimator estimator)
            throws IOException {
        byte[] all = Files.readAllBytes(file);
        if (all.length < MAGIC.length + 32 || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            throw new IOException(file + ": not a meta-training checkpoint");
        }
        int bodyLength = all.length - 32;
        if (!MessageDigest.isEqual(Arrays.copyOfRange(all, bodyLength, all.length), sha256(all, bodyLength))) {
            throw new IOException(file + ": checkpoint checksum mismatch (corrupt or truncated)");
        }
        try (InputStream raw = new java.io.ByteArrayInputStream(all, 0, bodyLength);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw))) {
            in.skipNBytes(MAGIC.length);
            int version = in.readInt();
            if (version != CHECKPOINT_VERSION) {
                throw new IOException(file + ": checkpoint version " + version + ", expected " + CHECKPOINT_VERSION);
            }
            String id = in.readUTF();
            if (!id.equals(identity())) {
                throw new IOException(file + ": checkpoint was written by a different setup:\n  saved:   " + id
                        + "\n  current: " + identity());
            }
            long step = in.readLong();
            int len = in.readInt();
            if (len != theta.length) {
                throw new IOException(file + ": θ length " + len + ", expected " + theta.length);
            }
            for (int i = 0; i < len; i++) {
                theta[i] = in.readDouble();
            }
            adam.read(in);
            estimator.readState(in);
            double[] losses = new double[(int) Math.max(1024, Long.highestOneBit(step) * 2)];
            for (int i = 0; i < step; i++) {
                losses[i] = in.readDouble();
            }
            return new Restored(step, losses);
        }
    }

    /** What must match between a checkpoint and the resuming run: architecture, seed and PES/Adam settings. */
    private String identity() {
        Map<String, String> arch = new TreeMap<>(optimizer.configHeader());
        PesConfig p = config.pes();
        return optimizer.kind().id() + " " + arch + " seed=" + config.seed() + " lr=" + config.learningRate()
                + " clip=" + config.gradientClip() + " particles=" + p.particles() + " K=" + p.truncationLength()
                + " std=" + p.std() + " episodes=" + p.episodes() + " offset=" + p.randomInitialOffset()
                + " libraryFin=" + p.libraryFinAttribution()
                + (trainedPrefix < optimizer.thetaLength() ? " trainedPrefix=" + trainedPrefix : "");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }

    private static byte[] sha256(byte[] data, int length) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(data, 0, length);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
